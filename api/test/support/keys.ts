/** A fixed BSN hash key for tests only (base64 of 32 bytes); never used outside tests. */
export const TEST_BSN_KEY = Buffer.alloc(32, 7);
