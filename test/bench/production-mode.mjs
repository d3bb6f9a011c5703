// Imported first by the benchmark support: libraries read NODE_ENV when they load (graphql-js
// skips its development-only instanceOf checks in production), and the benchmarks measure the
// platform as it runs in production.
process.env.NODE_ENV = 'production';
