// @couponflow/schema: the contract shared by server and web. Pure code: no I/O.
export * from './money';
export * from './rules';
export * from './describe';
export * from './events';
