/** The stack id `hikube-vm synth` and `hikube-vm import` use unless told otherwise. */
export const DEFAULT_STACK_NAME = "hikube";
