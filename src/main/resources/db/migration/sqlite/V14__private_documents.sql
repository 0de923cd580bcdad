-- Who may read a deck made in the browser, and its documents. A browser deck is 'private' (its authors, and
-- learners in a class on it) or 'public' (everyone); bank decks are reviewed like code and stay public.
-- Browser decks made before this were readable by anyone, which leaked instructors' pasted documents: they
-- become private, and their authors may open them up. A document made in the browser belongs to the deck it
-- was added to (deck_slug) and is read through that deck; bank documents (deck_slug NULL) stay public.
ALTER TABLE deck ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('private', 'public'));
UPDATE deck SET visibility = 'private' WHERE owner_id IS NOT NULL;

ALTER TABLE document ADD COLUMN deck_slug TEXT REFERENCES deck (slug);
UPDATE document SET deck_slug = (
    SELECT d.slug FROM deck d WHERE d.documents LIKE '%"' || document.name || '"%'
    ORDER BY CASE WHEN d.owner_id IS NULL THEN 1 ELSE 0 END, d.slug LIMIT 1)
WHERE content_hash = 'browser';
