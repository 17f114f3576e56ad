import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/platform.ts';
import type { Message, TabState } from '../shared/messages.ts';
import { routeImageRequest } from './images.ts';

// Per-tab state holds rule ids and severities only, never text.
const tabStates = new Map<number, TabState>();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const msg = raw as Message;
  switch (msg.type) {
    case 'tab-state': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      tabStates.set(tabId, msg.state);
      const n = msg.state.findings.filter((f) => f.severity !== 'info').length;
      void browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return undefined;
    }
    case 'image-analyze':
    case 'image-clean':
      return routeImageRequest(msg);
    case 'get-tab-state':
      return Promise.resolve(tabStates.get(msg.tabId) ?? null);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => tabStates.delete(tabId));
