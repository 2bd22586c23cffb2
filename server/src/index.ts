// @couponflow/server public surface (used by test/ and benchmarks).
export * as checkout from './checkout';
export * as metrics from './metrics-bench';
export * as ids from './ids';
