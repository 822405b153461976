/** This package's version (a test checks it against package.json): the app-server's client info, the tracer's version. */
export const SDK_VERSION = "0.1.0";
