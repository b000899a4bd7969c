package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.train.WeightsReader;

/**
 * Hostile bundles ({@link HostileBundles}) are refused before TensorFlow exists in the process and write nothing;
 * the same bundles, trusted, do write (so the generator is real and the checks are what stops it). Weights from
 * another bundle are refused by their SHA-256.
 */
class BundleSecurityTest {

	@TempDir
	Path tmp;

	@Test
	void writeFileAtLoadIsRefusedBeforeTensorFlowExists() throws Exception {
		Path target = tmp.resolve("written-at-load");
		String out = probe(HostileBundles.writesAtLoad(tmp.resolve("b"), target));
		assertTrue(out.contains("REFUSED") && out.contains("inpaint/saved_model.pb") && out.contains("'WriteFile'"), out);
		assertTrue(out.contains("TENSORFLOW_NATIVE false"), out);
		assertFalse(Files.exists(target));
	}

	@Test
	void readFileToWriteFileAtRunTimeIsRefusedBeforeTensorFlowExists() throws Exception {
		Path source = Files.writeString(tmp.resolve("secret"), "host-42"), target = tmp.resolve("copied");
		String out = probe(HostileBundles.copiesAtRunTime(tmp.resolve("b"), source, target));
		assertTrue(out.contains("REFUSED") && out.contains("inpaint/saved_model.pb") &&
			(out.contains("'ReadFile'") || out.contains("'WriteFile'")), out);
		assertTrue(out.contains("TENSORFLOW_NATIVE false"), out);
		assertFalse(Files.exists(target));
	}

	@Test
	void theProbeSeesTensorFlowWhenABundleLoads() throws Exception {
		String out = probe(TestBundles.gray(tmp.resolve("b")));
		assertTrue(out.contains("LOADED") && out.contains("TENSORFLOW_NATIVE true"), out);
	}

	@Test
	void trustedHostileBundlesReallyWrite() throws Exception {
		Path atLoad = tmp.resolve("written-at-load");
		Path dir = HostileBundles.writesAtLoad(tmp.resolve("load"), atLoad);
		try (ModelBundle b = BundleLoader.load(dir, 1, false, true)) {
			// TensorFlow-Java may or may not accept a WriteFile main op afterwards; the write has happened either way
		}
		catch (BundleException e) {
			// the same
		}
		assertEquals("written by a bundle", Files.readString(atLoad));
		Path source = Files.writeString(tmp.resolve("secret"), "host-42"), copy = tmp.resolve("copied");
		try (ModelBundle b = BundleLoader.load(HostileBundles.copiesAtRunTime(tmp.resolve("run"), source, copy), 1,
			false, true)) {
			assertFalse(Files.exists(copy), "nothing is copied before the first Propose");
			BundleReplay.run(b);
		}
		assertEquals("host-42", Files.readString(copy));
	}

	@Test
	void theSaversOwnSaveAsInitOpIsRefused() throws Exception {
		Path prefix = tmp.resolve("checkpoint");
		Path dir = HostileBundles.savesAtLoad(tmp.resolve("b"), prefix);
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("'SaveV2'") && e.getMessage().contains("outside the saver"), e.getMessage());
		assertFalse(Files.exists(Paths.get(prefix + ".index")));
		try (ModelBundle b = BundleLoader.load(dir, 1, false, true)) {
			// trusted, the init op writes the weights where the graph says
		}
		catch (BundleException ignored) {
			// TensorFlow-Java may refuse the odd main op after running it
		}
		assertTrue(Files.exists(Paths.get(prefix + ".index")), "the generator's SaveV2 does write when trusted");
	}

	@Test
	void trainingFromAHostileBundlesWeightsIsRefused() throws Exception {
		Path target = tmp.resolve("written-at-load");
		Path dir = HostileBundles.writesAtLoad(tmp.resolve("b"), target);
		// TrainCommand --segment-from and resume read weights through WeightsReader, without BundleLoader
		BundleException e = assertThrows(BundleException.class,
			() -> WeightsReader.read(dir.resolve(NetSignatures.INPAINT)));
		assertTrue(e.getMessage().contains("'WriteFile'"), e.getMessage());
		assertFalse(Files.exists(target));
	}

	@Test
	void aFunctionLibraryWithWriteFileIsRefused() throws Exception {
		Path dir = HostileBundles.writesInFunction(tmp.resolve("b"), tmp.resolve("x"));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("'WriteFile'") && e.getMessage().contains("function 'hostile_fn'"),
			e.getMessage());
	}

	@Test
	void assetsAreRefused() throws Exception {
		Path dir = HostileBundles.withAsset(tmp.resolve("b"));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("inpaint/saved_model.pb has asset files"), e.getMessage());
	}

	@Test
	void weightsSwappedBetweenTwoBundlesAreRefused() throws Exception {
		Path a = TestBundles.write(tmp.resolve("a"), TestBundles.card(1, 3, 64), 7);
		Path b = TestBundles.write(tmp.resolve("b"), TestBundles.card(1, 3, 64), 8);
		// the whole variables folder, as someone copying "the weights" would: index and data agree with each other
		String weights = "inpaint/variables/variables.data-00000-of-00001", index = "inpaint/variables/variables.index";
		for (String f : new String[] { weights, index })
			Files.copy(b.resolve(f), a.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(a, 1));
		assertTrue(e.getMessage().contains(weights) && e.getMessage().contains("SHA-256"), e.getMessage());
		try (ModelBundle trusted = BundleLoader.load(a, 1, false, true)) {
			// without the hashes nothing would notice: same architecture, same signature
		}
	}

	@Test
	void aFileAddedToANetworkFolderIsRefused() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		Files.writeString(dir.resolve("segment/variables/extra.txt"), "?");
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("segment/variables/extra.txt is not listed"), e.getMessage());
	}

	@Test
	void aCardWithoutHashesIsRefusedUnlessTrusted() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		TestBundles.editCard(dir, c -> {
			assertEquals(9, c.sha256.size(), "the exporter records every file: " + c.sha256.keySet());
			c.sha256.clear();
		});
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("lists no SHA-256") && e.getMessage().contains(BundleTrust.PROPERTY),
			e.getMessage());
		try (ModelBundle b = BundleLoader.load(dir, 1, false, true)) {
			assertEquals("test-1ch", b.card().name);
		}
	}

	/** Loads the bundle in a fresh JVM with {@link PreflightProbe}; its output. */
	private String probe(Path bundle) throws Exception {
		assumeTrue(Files.isReadable(Paths.get("/proc/self/maps")), "needs Linux's /proc to see the native library");
		Path log = Files.createTempFile(tmp, "jvm", ".log");
		Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
			LegacyTensorFlowTest.classPath(), PreflightProbe.class.getName(), bundle.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe JVM timed out");
		return Files.readString(log);
	}
}
