import type { RequestContext } from '../../core/context/context.js';
import { liveStream, type LiveItem } from '../../core/realtime/live-stream.js';
import { meetingView, readableMeeting } from './meeting-read.service.js';
import type { MeetingNode } from './meeting.type.js';

/**
 * Live in the room: when the chair moves to another item (or changes the status), or anyone
 * records the item form, a contribution, a decision or attendance, every attendee's screen gets
 * the meeting again, read with the attendee's own permissions (each sees only its items; the
 * reads are audited like any other). Events come from the `meeting_publish` and
 * meeting child-row triggers through the existing LISTEN/NOTIFY fan-out
 * (docs/realtime.md); a burst of them is one read per attendee (`latestOnly`). A viewer who may
 * no longer read the meeting gets NOT_FOUND and the subscription ends.
 */
export async function meetingLiveStream(
  ctx: RequestContext,
  meetingId: string,
): Promise<AsyncIterableIterator<LiveItem<MeetingNode>>> {
  const { meeting } = await readableMeeting(ctx, meetingId);
  return liveStream<MeetingNode>(ctx, {
    filter: (event) => event.topic === 'meeting' && event.caseId === meeting.id,
    latestOnly: true,
    deliver: async (fresh) => {
      const found = await readableMeeting(fresh, meeting.id);
      return (await meetingView(fresh, found.meeting, found.series)).node;
    },
  });
}
