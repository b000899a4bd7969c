package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** k/n parts: every image in exactly one part; bad values refused with the form to use. */
class ShardTest {

	@Test
	void everyImageIsInExactlyOnePart() {
		for (int n = 1; n <= 7; n++)
			for (int i = 0; i < 100; i++) {
				int parts = 0;
				for (int k = 1; k <= n; k++) if (new Shard(k, n).contains(i)) parts++;
				assertEquals(1, parts, i + " in " + n);
			}
	}

	@Test
	void parsesKOverN() {
		assertEquals(new Shard(3, 10), Shard.parse("3/10"));
		for (String bad : new String[] { "0/2", "3/2", "1", "a/b", "1/0", "" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
			assertTrue(e.getMessage().contains("k/n"), e.getMessage());
		}
	}
}
