package org.semanticinpaint.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;

/**
 * Where a run starts: a new card with fresh weights, or the bundle already in the output folder (resumed: its card,
 * carried over to the current format, and its weights), changed as the options ask.
 */
public record BundleStart(ModelCard card, NetworkWeights weights, Provenance provenance, boolean resumed) {

	/** The start for {@code o}; what it changes in a resumed bundle is recorded in {@link #provenance()}. */
	public static BundleStart open(TrainOptions o, DatasetSpec spec, Split.Parts split)
		throws IOException, BundleException
	{
		Path out = o.source().out();
		boolean resume = Files.exists(out.resolve(ModelCard.FILE));
		ModelCard card = resume ? ModelCard.read(out.resolve(ModelCard.FILE)) : newCard(o, spec, split);
		if (o.sampling().coarseInputs() > 0 && steps(card, Stage.INPAINT) + steps(card, Stage.JOINT) == 0)
			throw new IllegalArgumentException("--coarse-inputs needs a trained stage 1: resume a bundle whose stage 1 " +
				"has been trained (an untrained one fills with noise)");
		Provenance p = new Provenance(card);
		Integer width = o.networks().segmentWidth();
		boolean restartSegment = resume && width != null && width != card.widths.segment;
		if (restartSegment) {
			// a wider (or narrower) segmentation network starts afresh; stage 1 and 2 keep their weights
			p.add(new Provenance.SegmentRestarted(width, card.widths.segment, steps(card, Stage.SEGMENT)));
			card.widths.segment = width;
			card.training.steps.remove(Stage.SEGMENT.key());
		}
		String upsampling = o.networks().decodeUpsampling();
		if (upsampling != null && !upsampling.equals(card.widths.decodeUpsampling)) {
			// no weights change shape: stage 2 goes on from its weights with the other upsampling
			if (resume) p.add(new Provenance.UpsamplingSwitched(upsampling, steps(card, Stage.DECODE)));
			card.widths.decodeUpsampling = upsampling;
		}
		NetworkWeights fresh = NetworkWeights.fresh(card, o.optimiser().seed());
		NetworkWeights start = !resume ? fresh : restartSegment ? fresh.updatedFrom(out).withSegment(fresh.segment())
			: fresh.updatedFrom(out);
		if (resume && card.formatVersion != NetSignatures.FORMAT_VERSION) {
			p.add(new Provenance.FormatCarriedOver(card.formatVersion, NetSignatures.FORMAT_VERSION));
			card.formatVersion = NetSignatures.FORMAT_VERSION;
		}
		Path from = o.networks().segmentFrom();
		if (from != null) {
			// reuse a trained segmentation network (and so the same perceptual loss), e.g. for the ESPA ablation
			start = start.withSegment(WeightsReader.read(from.resolve(NetSignatures.SEGMENT)));
			p.add(new Provenance.SegmentCopied(from.toString()));
		}
		return new BundleStart(card, start, p, resume);
	}

	/** Steps the card records for {@code stage} (its key's count). */
	static int steps(ModelCard card, Stage stage) {
		return card.training.steps.getOrDefault(stage.key(), 0);
	}

	static ModelCard newCard(TrainOptions o, DatasetSpec spec, Split.Parts split) {
		ModelCard c = new ModelCard();
		c.name = o.source().bundleName();
		c.description = "Semantic inpainting for " + spec.modality() + ", trained on " + spec.name();
		c.modality = spec.modality();
		c.channels = spec.channels();
		c.tile = o.networks().tile();
		c.normalization.mode = spec.channels() == 3 ? "range" : "percentile";
		for (int i = 0; i < spec.classes().size(); i++) {
			DatasetSpec.ClassInfo k = spec.classes().get(i);
			c.classes.add(new ModelCard.LabelClass(i, k.name(), k.r(), k.g(), k.b()));
		}
		if (spec.voidId() >= 0) c.ignoredClassIds.add(spec.voidId());
		TrainOptions.Widths w = o.networks().fresh();
		c.widths.inpaint = w.inpaint();
		c.widths.espa = w.espa();
		c.widths.segment = o.networks().segmentWidth() != null ? o.networks().segmentWidth() : 8;
		c.widths.decodeHidden = w.decodeHidden();
		c.widths.discriminator = w.discriminator();
		c.training.data = spec.source() + "; read from ../shared/data/" + spec.name() + " (not redistributed)";
		c.training.licence = spec.licence();
		c.training.split = split.description() + "; validation files: " + String.join(", ",
			split.validation().stream().map(Sample::name).limit(80).toList());
		c.training.seed = o.optimiser().seed();
		c.training.perceptualLoss = "L1 between encoder activations (4 scales) of this bundle's own segmentation " +
			"network, frozen; no pretrained VGG is available";
		c.training.notes = Provenance.FIRST_NOTES;
		return c;
	}
}
