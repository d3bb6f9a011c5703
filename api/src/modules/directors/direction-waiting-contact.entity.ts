import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

/** The contact person of a case on the waiting list (werkvoorraad) while it has no case director. */
@Entity({ tableName: 'direction_waiting_contact' })
export class DirectionWaitingContact {
  @ManyToOne(() => Case, { fieldName: 'case_id', primary: true })
  caseFile!: Case;

  @ManyToOne(() => User, { fieldName: 'contact_user_id' })
  contact!: User;

  @ManyToOne(() => User)
  setBy!: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  setAt: Date & Opt = new Date();
}
