import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { BuildWatchController } from '../../../../dashboard/src/build-watch/build-watch-controller.js';

const OLD = '<script type="module" src="./assets/index-old1.js"></script>';
const NEW = '<script type="module" src="./assets/index-new2.js"></script>';

/** A host that only records its controller: the tests drive the life cycle by hand. */
function fakeHost(): ReactiveControllerHost & { controller?: ReactiveController } {
  const host: ReactiveControllerHost & { controller?: ReactiveController } = {
    addController: (controller) => (host.controller = controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  return host;
}

function setUp(answer: () => Promise<Response>, connection = { value: 'open' }) {
  const reload = vi.fn();
  const onProblem = vi.fn();
  const fetch = vi.fn(answer);
  const watch = new BuildWatchController(fakeHost(), {
    enabled: () => true,
    connection: () => connection.value,
    loadedAssets: () => ['./assets/index-old1.js'],
    indexUrl: 'http://centre.test/',
    fetch: fetch as unknown as typeof globalThis.fetch,
    reload,
    onProblem,
  });
  return { watch, reload, onProblem, fetch, connection };
}

describe('BuildWatchController', () => {
  it('reloads the page when index.html names a new build', async () => {
    const { watch, reload } = setUp(async () => new Response(NEW));
    await watch.check();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('stays on the same build', async () => {
    const { watch, reload } = setUp(async () => new Response(OLD));
    await watch.check();
    expect(reload).not.toHaveBeenCalled();
  });

  it('says why when the collector does not answer, and does not reload', async () => {
    const { watch, reload, onProblem } = setUp(async () => {
      throw new TypeError('fetch failed');
    });
    await watch.check();
    expect(reload).not.toHaveBeenCalled();
    expect(onProblem).toHaveBeenCalledWith(expect.stringMatching(/fetch failed/));
  });

  it('checks when the live feed comes back after a drop', async () => {
    const { watch, fetch, connection } = setUp(async () => new Response(OLD));
    watch.hostUpdated();
    expect(fetch).not.toHaveBeenCalled();
    connection.value = 'disconnected';
    watch.hostUpdated();
    connection.value = 'open';
    watch.hostUpdated();
    expect(fetch).toHaveBeenCalledOnce();
  });
});
