import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CompanyView } from './views/company';
import { KeyForm } from './views/key-form';
import { Members } from './views/members';
import { viewFromHash } from './views/navigation';
import { Overview } from './views/overview';
import { Search } from './views/search';

export function App() {
  const [view, setView] = useState(() => viewFromHash(location.hash));
  const queryClient = useQueryClient();
  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <>
      <header>
        <h1>
          <a href="#/overview">Grouping explorer</a>
        </h1>
        <nav>
          <a href="#/overview">Tags &amp; segments</a>
          <a href="#/search">Search users</a>
        </nav>
        {/* A new key may see other data: drop everything read with the old one. */}
        <KeyForm onChange={() => queryClient.resetQueries()} />
      </header>
      <main>
        {view.page === 'overview' && <Overview />}
        {view.page === 'search' && <Search />}
        {(view.page === 'tag' || view.page === 'segment') && <Members key={`${view.page}:${view.id}`} kind={view.page} id={view.id} />}
        {view.page === 'company' && <CompanyView key={view.id} id={view.id} />}
      </main>
    </>
  );
}
