# OneStop Pulse collector image: build with the full toolchain, run on a slim Node 20.

# Build stage: better-sqlite3 compiles from source here, so it needs python3, make and g++.
FROM node:20-bookworm AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first, in their own cached layer; --ignore-scripts skips `prepare` (the build needs
# the sources, copied below), so better-sqlite3 is compiled by an explicit rebuild.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build
# The runtime's dependencies, compiled here where the compilers are.
RUN npm ci --omit=dev --ignore-scripts && npm rebuild better-sqlite3

# Runtime stage: no compilers, no dev dependencies, a non-root user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
  PULSE_HOST=0.0.0.0 \
  PULSE_PORT=8080 \
  PULSE_DATA_DIR=/var/lib/onestop-pulse
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# The data directory belongs to the unprivileged `node` user of the base image; a new named
# volume mounted here takes over this ownership.
RUN mkdir -p /var/lib/onestop-pulse && chown node:node /var/lib/onestop-pulse
USER node
VOLUME /var/lib/onestop-pulse
EXPOSE 8080
CMD ["node", "bin/onestop-pulse.js", "start"]
