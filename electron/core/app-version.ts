import packageJson from '../../package.json' with { type: 'json' };

/** This build's version, written into every `.rembuk` manifest. */
export const APP_VERSION: string = packageJson.version;
