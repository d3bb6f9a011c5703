// Browser journeys start the same platform as the API integration tests.
export { startPlatform, type Platform } from '../../api/test/support/platform.js';
export { ApiClient, PERSONAS, persona, personaWith, type Persona } from '../../api/test/support/graphql-client.js';
