import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/platform.ts';
import type { Message } from '../shared/messages.ts';

// Per-tab state holds rule ids and severities only, never text.
const tabFindings = new Map<number, Message & { type: 'tab-findings' }>();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const msg = raw as Message;
  switch (msg.type) {
    case 'tab-findings': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      tabFindings.set(tabId, msg);
      const n = msg.findings.filter((f) => f.severity !== 'info').length;
      void browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return undefined;
    }
    case 'get-tab-state':
      return Promise.resolve(tabFindings.get(msg.tabId) ?? null);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => tabFindings.delete(tabId));
