/** Keyboard commands (declared in the manifest) → the message each one sends to the active tab. */
import type { LayerName } from '../messages';

export const COMMAND_NAMES = ['toggle-pinyin', 'toggle-script', 'toggle-sidebar'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type CommandMessage =
  | { type: 'setLayer'; data: { layer: LayerName } }
  | { type: 'toggleSidebar'; data: { open?: boolean } };

/** `null` for a command DuBao doesn't know (a stale binding from an older version, say). */
export function messageForCommand(command: string): CommandMessage | null {
  switch (command) {
    case 'toggle-pinyin':
      return { type: 'setLayer', data: { layer: 'pinyin' } };
    case 'toggle-script':
      return { type: 'setLayer', data: { layer: 'script' } };
    case 'toggle-sidebar':
      return { type: 'toggleSidebar', data: {} };
    default:
      return null;
  }
}
