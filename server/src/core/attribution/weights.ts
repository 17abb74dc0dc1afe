// The attribution model's weights, in the order of FEATURE_NAMES (scoring.ts), and the threshold a
// candidate's score must reach. Written by server/scripts/fit-attribution.ts (npm run fit-attribution
// -- --write) on the fit part of the PolNeAR train split: do not edit by hand.
export const WEIGHTS: readonly number[] = [-0.164, 0, 0, 1.101, 2.949, 0.301, -0.28, 0.646, 0.58, -0.964, -1.637, -0.41, -2.382, 0.329, 0.386, -0.223, 0.012, -1.758];
export const THRESHOLD = -0.444;
