// The attribution model's weights, in the order of FEATURE_NAMES (scoring.ts), and the threshold a
// candidate's score must reach. Written by server/scripts/fit-attribution.ts (npm run fit-attribution
// -- --write) on the fit part of the PolNeAR train split: do not edit by hand.
export const WEIGHTS: readonly number[] = [-0.484, 0, 0, 0, 3.076, 0, 0, 0, 0, -1.177, -1.412, 0, -2.123, 0.434, 0.555, -0.212, -1.72];
export const THRESHOLD = -0.696;
