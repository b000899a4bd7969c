package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken bundle of issue 22, item 10, ends in one BundleException: one line, naming the file. */
class BrokenBundlesTest {

	@TempDir
	Path tmp;

	@Test
	void missingVariablesIndex() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		Files.delete(dir.resolve("segment/variables/variables.index"));
		assertOneMessage(dir, false, "is missing segment/variables/variables.index");
		// trusted bundles have no hashes to notice it: the file check is what stops the uninitialised weights
		assertOneMessage(dir, true, "is missing segment/variables/variables.index");
	}

	@Test
	void missingWeightsData() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		Files.delete(dir.resolve("decode/variables/variables.data-00000-of-00001"));
		assertOneMessage(dir, true, "is missing decode/variables/variables.data-00000-of-00001");
	}

	@Test
	void formatVersionOlderThanTheGraph() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		TestBundles.editCard(dir, c -> c.formatVersion = 1);
		assertOneMessage(dir, false, "decode/saved_model.pb takes the input 'coarse'", "formatVersion 1");
	}

	@Test
	void formatVersionNewerThanTheGraph() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		// a format-1 stage 2 renders from features and labels alone
		HostileBundles.edit(dir.resolve(NetSignatures.DECODE), m -> m.putSignatureDef(NetSignatures.KEY,
			m.getSignatureDefOrThrow(NetSignatures.KEY).toBuilder().removeInputs(NetSignatures.DECODE_COARSE).build()));
		TestBundles.rehash(dir);
		assertOneMessage(dir, false, "decode/saved_model.pb has no input 'coarse'", "format 1",
			"formatVersion " + NetSignatures.FORMAT_VERSION);
	}

	@Test
	void percentilesOutOfRangeOrInverted() throws Exception {
		double[][] bad = { { -1, 99.5 }, { 0.5, 150 }, { 90, 10 }, { 50, 50 }, { Double.NaN, 99.5 } };
		for (double[] lh : bad) {
			Path dir = TestBundles.gray(tmp.resolve("p" + lh[0] + "-" + lh[1]));
			TestBundles.editCard(dir, c -> {
				c.normalization.lowPercentile = lh[0];
				c.normalization.highPercentile = lh[1];
			});
			assertOneMessage(dir, false, "model.json", "0 <= lowPercentile < highPercentile <= 100");
		}
	}

	@Test
	void classColoursOutside0To255() throws Exception {
		int[][] bad = { { 300, 0, 0 }, { 0, -1, 0 } };
		for (int[] rgb : bad) {
			Path dir = TestBundles.gray(tmp.resolve("c" + rgb[0] + rgb[1]));
			TestBundles.editCard(dir, c -> c.classes.get(1).color = rgb);
			assertOneMessage(dir, false, "model.json", "class 1's colour", "outside 0-255");
		}
	}

	@Test
	void aTruncatedGraphIsNamed() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		byte[] pb = Files.readAllBytes(dir.resolve("segment/saved_model.pb"));
		Files.write(dir.resolve("segment/saved_model.pb"), java.util.Arrays.copyOf(pb, pb.length / 2));
		assertOneMessage(dir, false, "segment/saved_model.pb does not match its SHA-256");
		assertOneMessage(dir, true, "segment/saved_model.pb is not a readable SavedModel");
	}

	private static void assertOneMessage(Path dir, boolean trusted, String... parts) {
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1, false, trusted).close());
		String m = e.getMessage();
		assertFalse(m.contains("\n"), "one line: " + m);
		assertTrue(m.contains(dir.toString()), "names the bundle: " + m);
		for (String p : parts) assertTrue(m.contains(p), "'" + p + "' in: " + m);
	}
}
