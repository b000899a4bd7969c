package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped bundle, whatever format it was trained in, loads and runs all three networks. */
class ShippedBundlesTest {

	@TempDir
	Path tmp;

	@Test
	void everyShippedBundleLoadsAndRenders() throws Exception {
		assertEquals(ShippedBundles.NAMES.size(), ShippedBundles.available().size(), "a shipped bundle is missing");
		for (Path dir : ShippedBundles.available()) {
			try (ModelBundle b = BundleLoader.load(dir, 1)) {
				float[][] out = BundleReplay.run(b);
				float[] fine = out[3];
				assertEquals(out[0].length, fine.length, dir.toString());
				for (float v : fine) assertTrue(v >= -1f && v <= 1f, dir + ": stage 2 output " + v);
			}
		}
	}

	@Test
	void aCardFromTheFutureIsRefusedWithTheVersionsThisPluginReads() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		ModelCard c = ModelCard.read(dir.resolve(ModelCard.FILE));
		c.formatVersion = NetSignatures.FORMAT_VERSION + 1;
		c.write(dir.resolve(ModelCard.FILE));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("reads versions " + NetSignatures.OLDEST_FORMAT_VERSION + " to " +
			NetSignatures.FORMAT_VERSION), e.getMessage());
	}
}
