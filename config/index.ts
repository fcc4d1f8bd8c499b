// Settings: the schema with its defaults, the YAML loader with environment overrides, the demo centre.
export { demoCentreConfig, type DemoTargetScope } from './demo-centre.js';
export {
  ConfigError,
  loadConfigFile,
  loadSettings,
  parseConfigText,
  type LoadedSettings,
} from './load.js';
export {
  pulseConfigSchema,
  TARGET_ROLES,
  type PulseConfig,
  type TargetConfig,
  type TargetRole,
} from './schema.js';
