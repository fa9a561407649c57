import { AppError } from '#shared/errors.ts';
import type { DoorCloser, DoorStatus } from '#shared/model.ts';
import type { PhoneEvent } from '#shared/phone.ts';
import type { EventBus } from '../events.ts';
import { newDoorSecret, newJoinCode, sameText } from './codes.ts';
import type { DoorListener } from './listener.ts';

/** More phones than a ballroom holds: the rest are refused (`door_full`). */
export const DEFAULT_DEVICE_CAP = 250;
/** Connection counts change in bursts (a room joining); the board hears of them at most this often. */
const ANNOUNCE_EVERY_MS = 250;

export interface OpenDoor {
  sessionId: string;
  workshopId: string;
  code: string;
  secret: string;
  showAtOnce: boolean;
  /** A vote is open on the board: its ballot changes when cards do. */
  voteOpen: boolean;
}

interface ConnectedPhone {
  groupId: string | null;
  senders: Set<(event: PhoneEvent) => void>;
}

/**
 * The participants' door, in memory (it never outlives the app): which board it is open for,
 * its join code and secret, and the phones connected to it. The facilitator's methods
 * (door/handlers.ts) drive it; the listener it was given carries the traffic.
 */
export class Door {
  readonly #events: EventBus;
  readonly #deviceCap: number;
  #listener: DoorListener | null = null;
  #listening: { address: string | null; addresses: string[] } | null = null;
  #open: OpenDoor | null = null;
  #closedBy: DoorCloser | null = null;
  readonly #phones = new Map<string, ConnectedPhone>();
  readonly #admitted = new Set<string>();
  #announceTimer: NodeJS.Timeout | null = null;

  constructor(events: EventBus, deviceCap = DEFAULT_DEVICE_CAP) {
    this.#events = events;
    this.#deviceCap = deviceCap;
  }

  useListener(listener: DoorListener) {
    this.#listener = listener;
  }

  get current(): OpenDoor | null {
    return this.#open;
  }

  status(): DoorStatus {
    const open = this.#open;
    const addresses = open ? (this.#listening?.addresses ?? []) : [];
    const counts = new Map<string | null, number>();
    for (const phone of this.#phones.values()) counts.set(phone.groupId, (counts.get(phone.groupId) ?? 0) + 1);
    return {
      open: open !== null,
      sessionId: open?.sessionId ?? null,
      workshopId: open?.workshopId ?? null,
      code: open?.code ?? null,
      addresses,
      joinUrl: open && addresses[0] ? `${addresses[0]}#${open.code}.${open.secret}` : null,
      showAtOnce: open?.showAtOnce ?? false,
      connected: [...counts].map(([groupId, phones]) => ({ groupId, phones })),
      closedBy: open ? null : this.#closedBy,
    };
  }

  /** Opens the door for a board (a new code and secret), or moves the open door to another board. */
  async open(board: { sessionId: string; workshopId: string; voteOpen: boolean }, address: string | null): Promise<void> {
    if (!this.#listener) throw new AppError('door_address_unavailable', 'This Rembuk cannot open a door for phones');
    if (!this.#listening || this.#listening.address !== address) {
      if (this.#listening) await this.#listener.stop();
      this.#listening = null;
      this.#listening = { address, addresses: await this.#listener.listen(address) };
    }
    const moving = this.#open !== null;
    if (this.#open && this.#open.workshopId !== board.workshopId) this.#admitted.clear();
    this.#open = this.#open
      ? { ...this.#open, ...board }
      : { ...board, code: newJoinCode(), secret: newDoorSecret(), showAtOnce: false };
    this.#closedBy = null;
    if (moving) this.broadcast({ type: 'refresh' });
    this.#announce();
  }

  /** Tells every phone, then stops listening. */
  async close(by: DoorCloser): Promise<void> {
    if (!this.#open && !this.#listening) return;
    this.broadcast({ type: 'closed', by });
    this.#open = null;
    this.#closedBy = by;
    this.#phones.clear();
    this.#admitted.clear();
    const listening = this.#listening;
    this.#listening = null;
    if (listening) await this.#listener?.stop();
    this.#announce();
  }

  rotateCode() {
    const open = this.#mustBeOpen();
    this.#open = { ...open, code: newJoinCode(), secret: newDoorSecret() };
    this.#announce();
  }

  setShowAtOnce(showAtOnce: boolean) {
    this.#open = { ...this.#mustBeOpen(), showAtOnce };
    this.#announce();
  }

  setVoteOpen(voteOpen: boolean) {
    if (this.#open) this.#open = { ...this.#open, voteOpen };
  }

  /** True for this door's code (and its secret, when one was sent): a QR code or a code from before a rotation fails. */
  acceptsKey(key: { code: string; secret?: string | undefined }): boolean {
    const open = this.#open;
    if (!open) return false;
    const codeOk = sameText(key.code, open.code);
    const secretOk = key.secret === undefined || sameText(key.secret, open.secret);
    return codeOk && secretOk;
  }

  /** Lets a device in, up to the cap of devices per opening of the door. */
  admit(deviceId: string) {
    if (this.#admitted.has(deviceId)) return;
    if (this.#admitted.size >= this.#deviceCap) throw new AppError('door_full', 'Too many phones on this door');
    this.#admitted.add(deviceId);
  }

  connect(device: { id: string; groupId: string | null }, send: (event: PhoneEvent) => void): () => void {
    const phone = this.#phones.get(device.id) ?? { groupId: device.groupId, senders: new Set() };
    phone.senders.add(send);
    this.#phones.set(device.id, phone);
    this.#announceSoon();
    return () => {
      phone.senders.delete(send);
      if (phone.senders.size === 0 && this.#phones.get(device.id) === phone) {
        this.#phones.delete(device.id);
        this.#announceSoon();
      }
    };
  }

  isConnected(deviceId: string): boolean {
    return this.#phones.has(deviceId);
  }

  deliver(deviceId: string, event: PhoneEvent) {
    for (const send of this.#phones.get(deviceId)?.senders ?? []) send(event);
  }

  broadcast(event: PhoneEvent) {
    for (const phone of this.#phones.values()) for (const send of phone.senders) send(event);
  }

  #mustBeOpen(): OpenDoor {
    if (!this.#open) throw new AppError('door_closed', 'The door is closed');
    return this.#open;
  }

  #announce() {
    if (this.#announceTimer) clearTimeout(this.#announceTimer);
    this.#announceTimer = null;
    this.#events.emit({ type: 'door.saved', door: this.status() });
  }

  #announceSoon() {
    if (this.#announceTimer) return;
    this.#announceTimer = setTimeout(() => this.#announce(), ANNOUNCE_EVERY_MS);
    this.#announceTimer.unref();
  }
}
