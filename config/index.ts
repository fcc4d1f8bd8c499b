// Settings: the schema with its defaults, the YAML loader with environment overrides, the demo centre.
export { demoCentreConfig, type DemoTargetScope } from './demo-centre.js';
export {
  ConfigError,
  loadConfigFile,
  loadSettings,
  parseConfigText,
  type LoadedSettings,
} from './load.js';
export { pulseConfigSchema, type PulseConfig, type TargetConfig } from './schema.js';
