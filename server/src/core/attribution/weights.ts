// The attribution model's weights, in the order of FEATURE_NAMES (scoring.ts), and the threshold a
// candidate's score must reach. Written by server/scripts/fit-attribution.ts (npm run fit-attribution
// -- --write) on the fit part of the PolNeAR train split: do not edit by hand.
export const WEIGHTS: readonly number[] = [0.027, 0, 0, 0, 2.923, 0, 0, 0, 0, -1.601, -1.833, 0, -2.483, 0.405, 0.37, -0.238, -1.845];
export const THRESHOLD = -0.37;
