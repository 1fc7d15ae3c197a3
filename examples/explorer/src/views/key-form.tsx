import { useState } from 'react';
import { readApiKey, saveApiKey } from '../client/api-key';

/** Where the person pastes their API key; it stays in this tab's sessionStorage only. */
export function KeyForm({ onChange }: { onChange: () => void }) {
  const [draft, setDraft] = useState(readApiKey());
  const [saved, setSaved] = useState(readApiKey());
  return (
    <form
      className="key-form"
      onSubmit={(event) => {
        event.preventDefault();
        saveApiKey(draft);
        setSaved(readApiKey());
        onChange();
      }}
    >
      <label>
        API key{' '}
        <input
          name="api-key"
          type="password"
          autoComplete="off"
          placeholder="gg_… (grouping-gateway keys create)"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit">Use key</button>
      <span className="key-state">{saved ? `key …${saved.slice(-4)} in use (this tab only)` : 'no key'}</span>
    </form>
  );
}
