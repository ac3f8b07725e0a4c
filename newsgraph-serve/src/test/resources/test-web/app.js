// A stand-in for the web interface’s script: été.
export const greeting = "café";
