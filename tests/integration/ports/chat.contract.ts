import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chat } from '../../../src/app/ports';
import { uniqueKey } from './contract-helpers';

export interface ChatFixture {
  chat: Chat;
  /** Two people the signed-in person can message. */
  someone: string;
  someoneElse: string;
  /** Messages in the chat so far. */
  messageCount(chatId: string): Promise<number>;
  close?: () => Promise<void>;
}

/** What every Chat must do, whatever sits behind it. */
export function describeChatContract(name: string, setup: () => Promise<ChatFixture>): void {
  describe(`Chat contract: ${name}`, () => {
    let f: ChatFixture;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('posts into the one-on-one chat, once per idempotency key', async () => {
      const key = uniqueKey('chat');
      const html = `<p>Summary of our development contract (${key})</p>`;
      const first = await f.chat.sendDirect(f.someone, html, key);
      const before = await f.messageCount(first.chatId);
      const again = await f.chat.sendDirect(f.someone, html, key);
      expect(again).toEqual(first);
      expect(await f.messageCount(first.chatId)).toBe(before);
    });

    it('keeps one chat per person and adds new messages to it', async () => {
      const one = await f.chat.sendDirect(f.someone, `<p>${uniqueKey('a')}</p>`, uniqueKey('k'));
      const before = await f.messageCount(one.chatId);
      const two = await f.chat.sendDirect(f.someone, `<p>${uniqueKey('b')}</p>`, uniqueKey('k'));
      expect(two.chatId).toBe(one.chatId);
      expect(two.messageId).not.toBe(one.messageId);
      expect(await f.messageCount(one.chatId)).toBe(before + 1);
      const other = await f.chat.sendDirect(
        f.someoneElse,
        `<p>${uniqueKey('c')}</p>`,
        uniqueKey('k'),
      );
      expect(other.chatId).not.toBe(one.chatId);
    });
  });
}
