import { CaseMeetingResolver, MeetingResolver } from './meeting.resolver.js';

/** The module's resolvers, for the one schema list (core/graphql/schema.ts). */
export const MEETING_RESOLVERS = [MeetingResolver, CaseMeetingResolver] as const;
