/** The logit of a probability: log(p / (1 − p)). */
export const logit = (p: number): number => Math.log(p / (1 - p));

/** The logistic function, inverse of {@link logit}: 1 / (1 + e^−x). */
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
