/**
 * The cdktf version whose synthesised JSON `hikube-vm synth` reproduces: cdktf writes it as the stack's
 * `"//".metadata.version`, and the rest of the layout (metadata blocks, key order, indentation) is that version's.
 * A test pins it against the installed cdktf's package.json.
 */
export const FRAMEWORK_VERSION = "0.21.0";
