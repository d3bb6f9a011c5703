import type { ModuleCapability } from '../demo/demo.capability.js';
import { MEETING_ENTITIES } from './meeting.entity.js';
import { CaseMeetingResolver, MeetingResolver } from './meeting.resolver.js';
import { seedDemoMeetings } from './meetings.demo.js';

export const meetingsCapability: ModuleCapability = {
  name: 'meetings',
  entities: MEETING_ENTITIES,
  resolvers: [MeetingResolver, CaseMeetingResolver],
  // After the cases, teams and directors it puts on the agenda.
  demoData: async (tx) => {
    await seedDemoMeetings(tx);
  },
};
