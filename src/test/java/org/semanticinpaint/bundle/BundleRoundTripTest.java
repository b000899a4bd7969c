package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.train.BundleExporter;
import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.train.InitialWeights;

/** Export, reload in a new JVM with bit-identical outputs, and refusal of broken bundles. */
class BundleRoundTripTest {

	@TempDir
	Path tmp;

	@Test
	void newJvmGivesBitIdenticalOutputs() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("b"));
		Path here = tmp.resolve("here.bin"), there = tmp.resolve("there.bin");
		try (ModelBundle b = BundleLoader.load(dir, 1)) {
			BundleReplay.write(BundleReplay.run(b), here);
		}
		String cp = "target/test-classes" + File.pathSeparator + "target/classes" + File.pathSeparator +
			Files.readString(Paths.get("target/runtime-classpath.txt")).trim();
		Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
			BundleReplay.class.getName(), dir.toString(), there.toString()).redirectErrorStream(true)
				.redirectOutput(tmp.resolve("jvm.log").toFile()).start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "second JVM timed out");
		assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("jvm.log")));
		assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(there));
	}

	@Test
	void exportIsInferenceOnly() throws Exception {
		ModelCard c = TestBundles.card(1, 3, 64);
		Path dir = TestBundles.write(tmp.resolve("lean"), c, 3);
		long params = InitialWeights.of(tf -> NetGraphs.inpaint(tf, CardConfigs.inpaint(c), NetScope.Mode.TRAINABLE, null, 1))
			.parameterCount();
		long bytes = Files.size(dir.resolve("inpaint/variables/variables.data-00000-of-00001"));
		assertTrue(bytes < params * 4 + 4096, bytes + " bytes for " + params + " parameters");
	}

	@Test
	void missingFileIsNamed() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("m"));
		Files.delete(dir.resolve("segment/saved_model.pb"));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("segment/saved_model.pb"), e.getMessage());
	}

	@Test
	void missingCardIsNamed() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("c"));
		Files.delete(dir.resolve(ModelCard.FILE));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("model.json"), e.getMessage());
	}

	@Test
	void wrongClassCountIsRefused() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("k"));
		TestBundles.editCard(dir, c -> c.classes.add(new ModelCard.LabelClass(3, "extra", 1, 2, 3)));
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("probabilities") && e.getMessage().contains("model.json"), e.getMessage());
	}

	@Test
	void wrongSignatureIsRefused() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("s"));
		// put the segmentation network where stage 1 belongs: its signature has no "mask" input
		ModelCard c = ModelCard.read(dir.resolve(ModelCard.FILE));
		BundleExporter.exportNetwork(dir.resolve(NetSignatures.INPAINT),
			tf -> NetGraphs.segment(tf, CardConfigs.segment(c), NetScope.Mode.EXPORT, null, 0),
			InitialWeights.of(tf -> NetGraphs.segment(tf, CardConfigs.segment(c), NetScope.Mode.TRAINABLE, null, 0)));
		TestBundles.rehash(dir); // the files are as intended: the signature, not the hashes, must refuse it
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("inpaint/saved_model.pb") && e.getMessage().contains("'mask'"), e.getMessage());
	}

	@Test
	void brokenJsonIsRefused() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("j"));
		Files.writeString(dir.resolve(ModelCard.FILE), "{ \"name\": ");
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("model.json"), e.getMessage());
	}

	@Test
	void garbageSavedModelIsRefused() throws Exception {
		Path dir = TestBundles.gray(tmp.resolve("g"));
		Files.writeString(dir.resolve("decode/saved_model.pb"), "not a protobuf");
		BundleException e = assertThrows(BundleException.class, () -> BundleLoader.load(dir, 1));
		assertTrue(e.getMessage().contains("decode"), e.getMessage());
	}
}
