package org.semanticinpaint.bundle;

import java.io.IOException;
import java.nio.file.Path;

import org.semanticinpaint.train.BundleExporter;
import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.train.InitialWeights;

/** Small bundles with seeded random weights, exported exactly as training exports, for tests. */
public final class TestBundles {

	private TestBundles() {}

	public static ModelCard card(int channels, int classes, int tile) {
		ModelCard c = new ModelCard();
		c.name = "test-" + channels + "ch";
		c.description = "random weights for tests";
		c.modality = "synthetic";
		c.channels = channels;
		c.tile = tile;
		c.normalization.mode = channels == 3 ? "range" : "percentile";
		for (int i = 0; i < classes; i++) c.classes.add(new ModelCard.LabelClass(i, "class" + i, 40 * i, 255 - 40 * i, 128));
		c.widths.inpaint = 4;
		c.widths.segment = 2;
		c.widths.decodeHidden = 4;
		return c;
	}

	public static Path write(Path dir, ModelCard c, long seed) throws IOException {
		BundleExporter.export(dir, c, new BundleExporter.BundleWeights(
			InitialWeights.of(tf -> NetGraphs.inpaint(tf, CardConfigs.inpaint(c), NetScope.Mode.TRAINABLE, null, seed)),
			InitialWeights.of(tf -> NetGraphs.segment(tf, CardConfigs.segment(c), NetScope.Mode.TRAINABLE, null, seed)),
			InitialWeights.of(tf -> NetGraphs.decode(tf, CardConfigs.decode(c), NetScope.Mode.TRAINABLE, null, seed))));
		return dir;
	}

	/** Reads a bundle's card, changes it and writes it back (the networks stay as they are). */
	public static void editCard(Path dir, java.util.function.Consumer<ModelCard> change) throws IOException {
		ModelCard c = ModelCard.read(dir.resolve(ModelCard.FILE));
		change.accept(c);
		c.write(dir.resolve(ModelCard.FILE));
	}

	/** Records the hashes of the bundle's files as they are now, as someone editing a bundle on purpose would. */
	public static Path rehash(Path dir) throws IOException {
		ModelCard c = ModelCard.read(dir.resolve(ModelCard.FILE));
		BundleHashes.record(dir, c);
		c.write(dir.resolve(ModelCard.FILE));
		return dir;
	}

	/** A one-channel, 3-class, 64 x 64 bundle. */
	public static Path gray(Path dir) throws IOException {
		return write(dir, card(1, 3, 64), 7);
	}
}
