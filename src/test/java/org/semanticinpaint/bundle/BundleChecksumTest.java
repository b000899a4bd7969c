package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One checksum per bundle, from its card's file hashes: order-free, and any changed file changes it. */
class BundleChecksumTest {

	@Test
	void oneDigestOfTheSortedHashes() {
		Map<String, String> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
		a.put("inpaint/saved_model.pb", "AA01");
		a.put("decode/saved_model.pb", "bb02");
		b.put("decode/saved_model.pb", "bb02");
		b.put("inpaint/saved_model.pb", "aa01");
		assertEquals(BundleHashes.digest(a), BundleHashes.digest(b), "order and case of the hex do not matter");
		assertEquals(64, BundleHashes.digest(a).length());
		b.put("inpaint/saved_model.pb", "aa03");
		assertNotEquals(BundleHashes.digest(a), BundleHashes.digest(b));
		assertNull(BundleHashes.digest(Map.of()), "a card without hashes has no checksum");
		// SHA-256 of "decode/saved_model.pb=bb02\ninpaint/saved_model.pb=aa01\n", so others can recompute it
		assertEquals(sha256("decode/saved_model.pb=bb02\ninpaint/saved_model.pb=aa01\n"), BundleHashes.digest(a));
	}

	private static String sha256(String s) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
				s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
