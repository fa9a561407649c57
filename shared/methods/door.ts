import { z } from 'zod';
import type { Card, DoorStatus, NetworkAddress } from '../model.ts';
import { empty, id } from '../schemas.ts';
import { method } from './method.ts';

/** `192.168.1.5`, or `192.168.1.5:5200` to fix the port too. */
export const doorAddress = z
  .string()
  .trim()
  .regex(/^(\d{1,3}\.){3}\d{1,3}(:\d{1,5})?$/);

/** The facilitator's side of the participants' door (the phones' side is `phone.ts`). */
export const doorMethods = {
  'door.status': method<DoorStatus>()(empty),
  /** The laptop's networks, for the picker when there are several. */
  'door.networks': method<NetworkAddress[]>()(empty),
  /**
   * Opens the door for one board session (or moves an open door to another session). `address`
   * picks one network; omitted or null: every network of the laptop (or the address fixed at
   * start with `--lan-address`). The choice is remembered for the next time.
   */
  'door.open': method<DoorStatus>()(z.strictObject({ sessionId: id, address: doorAddress.nullable().optional() })),
  'door.close': method<DoorStatus>()(empty),
  /** A new join code and secret: the old QR code and code stop working; phones already in stay in. */
  'door.rotateCode': method<DoorStatus>()(empty),
  /** On: phones' cards go straight onto the board, and the ones still waiting are shown now. */
  'door.showAtOnce': method<DoorStatus>()(z.strictObject({ showAtOnce: z.boolean() })),
  /** Shows the waiting phone cards of one group (`null`: the inbox), or of every group when omitted. */
  'door.reveal': method<Card[]>()(z.strictObject({ sessionId: id, groupId: id.nullable().optional() })),
};
