/** The link's parameters after `#`: the design and the step it was shared from. */
export const DESIGN_PARAM = 'd';
export const STEP_PARAM = 's';
