package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;

/**
 * The allowlist is exactly what our networks use: every shipped and ablation bundle passes the preflight, the
 * union of their ops is the list (an op no longer used is taken out), and every kind of bundle the tests and
 * training export passes too (an op a network change adds must be reviewed into the list).
 */
class OpAllowlistTest {

	@TempDir
	Path tmp;

	@Test
	void shippedBundlesUseExactlyTheAllowlist() throws Exception {
		List<Path> bundles = new ArrayList<>();
		for (String n : ShippedBundles.NAMES) bundles.add(Paths.get("models", n));
		bundles.add(Paths.get("models/ablations/em-nanoparticles-noespa"));
		Set<String> used = new TreeSet<>();
		for (Path dir : bundles) {
			BundlePreflight.verify(dir, BundleLoader.readCard(dir), false);
			for (String net : BundleHashes.NETWORKS) used.addAll(ops(dir.resolve(net)));
		}
		assertEquals(new TreeSet<>(OpAllowlist.OPS), used);
		assertTrue(OpAllowlist.OPS.containsAll(OpAllowlist.FILE_OPS));
	}

	@Test
	void everyKindOfExportPasses() throws Exception {
		int i = 0;
		for (int channels : new int[] { 1, 3 })
			for (boolean espa : new boolean[] { true, false }) {
				ModelCard c = TestBundles.card(channels, channels == 1 ? 3 : 2, 64);
				c.widths.espa = espa;
				c.widths.decodeUpsampling = espa ? "nearest" : "bilinear";
				Path dir = TestBundles.write(tmp.resolve("b" + i++), c, 7);
				BundlePreflight.verify(dir, c, false);
			}
		ModelCard big = TestBundles.card(1, 2, 128);
		BundlePreflight.verify(TestBundles.write(tmp.resolve("big"), big, 7), big, false);
	}

	private static Set<String> ops(Path network) throws Exception {
		Set<String> ops = new TreeSet<>();
		for (MetaGraphDef m : SavedModel.parseFrom(Files.readAllBytes(network.resolve("saved_model.pb"))).getMetaGraphsList())
			for (NodeDef n : m.getGraphDef().getNodeList()) ops.add(n.getOp());
		return ops;
	}
}
