import type { Outcome } from '#shared/errors.ts';
import type { PhoneEvent } from '#shared/phone.ts';

/** A phone that joined the door: who wrote a card, and into which group it goes. */
export interface Device {
  id: string;
  workshopId: string;
  participantId: string | null;
  groupId: string | null;
  name: string;
}

/**
 * What the core offers the door's HTTP listener (electron/host/door): the phones' methods, who a
 * device cookie belongs to, and a stream of events per phone. The listener adds the transport
 * and its guards (Host check, body limit, rate limits); every rule about data stays here.
 */
export interface PhoneDoor {
  /** The device a cookie belongs to, or null: never joined, another meeting, or the door is closed. */
  authenticate(credential: string | undefined): Promise<Device | null>;
  /** A participant method (`device` null before joining). Joining answers with the new device's cookie value. */
  call(method: string, input: unknown, device: Device | null): Promise<{ outcome: Outcome<unknown>; credential?: string }>;
  /** Sends this phone's events until the returned function is called (the phone counts as connected meanwhile). */
  connect(device: Device, send: (event: PhoneEvent) => void): () => void;
}

/** The door's transport, started when the facilitator opens the door and stopped when it closes. */
export interface DoorListener {
  /** Listens on one address (`192.168.1.5` or `192.168.1.5:5200`) or, for null, every network; resolves with the addresses phones type. */
  listen(address: string | null): Promise<string[]>;
  /** Stops listening and drops every connection. */
  stop(): Promise<void>;
}

export type DoorListenerFactory = (phones: PhoneDoor) => DoorListener;
