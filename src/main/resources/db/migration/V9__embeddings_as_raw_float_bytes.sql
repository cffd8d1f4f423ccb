-- Each vector as its 384 floats' raw bytes (IEEE 754 single precision, big-endian: 1,536 bytes) instead of real[]:
-- PostgreSQL sends a bytea as it is stored, where a real[] is converted float by float on every read (about 0.6 s of
-- server time for one athlete's 50,000 vectors, which made the first search of such an athlete slow).
ALTER TABLE activity_embeddings ADD COLUMN vector bytea;
UPDATE activity_embeddings e
   SET vector = (SELECT string_agg(float4send(x), ''::bytea ORDER BY i)
                   FROM unnest(e.embedding) WITH ORDINALITY AS v(x, i));
ALTER TABLE activity_embeddings ALTER COLUMN vector SET NOT NULL;
ALTER TABLE activity_embeddings ADD CONSTRAINT activity_embeddings_vector_size CHECK (length(vector) = 1536);
ALTER TABLE activity_embeddings DROP COLUMN embedding;
