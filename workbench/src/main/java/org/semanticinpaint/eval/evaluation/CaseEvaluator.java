package org.semanticinpaint.eval.evaluation;

import java.util.EnumMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.data.InstanceToClasses;
import org.semanticinpaint.data.masks.HoleBounds;
import org.semanticinpaint.engine.ImageAccess;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Normalizer;
import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Resampler;
import org.semanticinpaint.engine.TileModel;
import org.semanticinpaint.engine.Rendering;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.eval.baselines.ContentAwareFill;
import org.semanticinpaint.eval.baselines.NeighbouringPatch;
import org.semanticinpaint.eval.baselines.OpenCvInpainter;
import org.semanticinpaint.eval.metrics.HighFrequencyRatio;
import org.semanticinpaint.eval.metrics.HoleL1;
import org.semanticinpaint.eval.metrics.LaplacianPatches;
import org.semanticinpaint.eval.metrics.LowFrequencyL1;
import org.semanticinpaint.eval.metrics.MeanIou;
import org.semanticinpaint.eval.metrics.Psnr;
import org.semanticinpaint.eval.metrics.SeamScore;
import org.semanticinpaint.eval.metrics.Ssim;

/**
 * Runs every setting on one case and scores it. Controllability segments the result with the bundle's own
 * segmentation network and compares it, inside the hole, with the labels that guided the fill (SPADE's
 * protocol); the "edited" guidance paints a class that the hole does not contain into its centre, drawn as the
 * dataset's labels draw an object (with its boundary band where the labels have one).
 */
public final class CaseEvaluator {

	/** Everything a case produced, at crop resolution, for metrics and figures. */
	public record Outcome(Map<Setting, float[]> fills, Map<Setting, double[]> metrics,
		Map<Setting, MeanIou.Tally> labelCounts, Patches patches, Guides guides) {}

	/** Each setting's Laplacian patches, and the truth's cut at the same places. */
	public record Patches(Map<Setting, float[][][]> fills, float[][][] truth) {}

	/**
	 * The guidance of one case: proposed, ground-truth, ground truth with the proposal where unlabelled, and edited
	 * labels, with the class painted into the edited ones.
	 */
	public record Guides(byte[] proposed, byte[] groundTruth, byte[] gtOrProposed, byte[] edited, int editClass) {
		byte[] of(Setting.Guidance g) {
			return switch (g) {
				case PROPOSED -> proposed;
				case GROUND_TRUTH -> groundTruth;
				case EDITED -> edited;
				case NONE -> null;
			};
		}
	}

	private final InpaintEngine engine, noEspa;
	private final int[] editCandidates;
	private final int boundaryWidth;

	/**
	 * @param noEspa the ablation bundle, or null
	 * @param editCandidates classes tried, in order, for the edited guidance (the first one least present wins)
	 * @param boundaryWidth the labels' boundary band around each object (0: none), drawn around a painted object
	 */
	public CaseEvaluator(InpaintEngine engine, InpaintEngine noEspa, int[] editCandidates, int boundaryWidth) {
		this.engine = engine;
		this.noEspa = noEspa;
		this.editCandidates = editCandidates;
		this.boundaryWidth = boundaryWidth;
	}

	public <T extends RealType<T>> Outcome evaluate(EvaluationCase k, double dataRange) throws InpaintException {
		Map<Setting, float[]> fills = new EnumMap<>(Setting.class);
		RandomAccessibleInterval<T> image = k.image();
		Proposal p = engine.propose(image, k.maskImage(), Progress.NONE);
		Guides g = networkFills(k, p, fills);
		baselineFills(k, dataRange, fills);
		return score(k, p, g, fills, dataRange);
	}

	/** Stage 1, then stage 2 without and with texture on each guidance; returns the guidance used. */
	private <T extends RealType<T>> Guides networkFills(EvaluationCase k, Proposal p, Map<Setting, float[]> fills)
		throws InpaintException
	{
		int s = k.side(), c = k.sample().channels();
		boolean[] hole = k.hole();
		byte[] gt = k.truthLabels();
		fills.put(Setting.STAGE1, crop(k, img -> p.pasteCoarse(img)));
		byte[] proposed = segment(fills.get(Setting.STAGE1), s, c, p);
		byte[] gtOrProposed = gt.clone();
		for (int i = 0; i < gt.length; i++) if ((gt[i] & 0xff) == 255) gtOrProposed[i] = proposed[i];
		int editClass = editClass(gt, hole);
		Guides g = new Guides(proposed, gt, gtOrProposed, edit(gtOrProposed, hole, s, editClass, boundaryWidth),
			editClass);
		renderBoth(k, p, null, Setting.STAGE2_PREDICTED, Setting.FINAL_PREDICTED, fills);
		renderBoth(k, p, labelsAt(k, gtOrProposed), Setting.STAGE2_GROUND_TRUTH, Setting.FINAL_GROUND_TRUTH, fills);
		renderBoth(k, p, labelsAt(k, g.edited()), Setting.STAGE2_EDITED, Setting.FINAL_EDITED, fills);
		if (noEspa != null) {
			RandomAccessibleInterval<T> again = k.image();
			Proposal q = noEspa.propose(again, k.maskImage(), Progress.NONE);
			fills.put(Setting.STAGE1_NO_ESPA, crop(k, img -> q.pasteCoarse(img)));
		}
		return g;
	}

	/** Stage 2 once, and the texture stage on that same fill: the final fill differs only by the texture. */
	private void renderBoth(EvaluationCase k, Proposal p, org.semanticinpaint.engine.LabelSource labels,
		Setting plain, Setting textured, Map<Setting, float[]> fills)
	{
		Rendering stage2 = engine.render(p, labels, Texture.NONE, Progress.NONE);
		Rendering fin = engine.texture(p, stage2, labels, Progress.NONE);
		fills.put(plain, crop(k, img -> stage2.paste(img)));
		fills.put(textured, crop(k, img -> fin.paste(img)));
	}

	private static void baselineFills(EvaluationCase k, double dataRange, Map<Setting, float[]> fills) {
		int s = k.side(), c = k.sample().channels();
		boolean[] hole = k.hole();
		float[] truth = k.truth();
		float[] input = truth.clone();
		for (int i = 0; i < hole.length; i++) if (hole[i]) for (int ch = 0; ch < c; ch++) input[i * c + ch] = Float.NaN;
		fills.put(Setting.TELEA, OpenCvInpainter.TELEA.fill(input, s, s, c, hole));
		fills.put(Setting.NAVIER_STOKES, OpenCvInpainter.NAVIER_STOKES.fill(input, s, s, c, hole));
		fills.put(Setting.CONTENT_AWARE, ContentAwareFill.fill(new Plane(input, s, s, c), hole, dataRange, k.seed()).values());
		// centre hole only (a free-form mean over just the holes whose neighbour fits would favour small holes);
		// a crop without one is left out, and the table's n says so
		float[] neighbour = k.maskKind().equals("centre") ? NeighbouringPatch.fill(truth, hole, k.sample(), k.x0(),
			k.y0(), s) : null;
		if (neighbour != null) fills.put(Setting.NEIGHBOURING_PATCH, neighbour);
	}

	private Outcome score(EvaluationCase k, Proposal p, Guides g, Map<Setting, float[]> fills, double range) {
		int s = k.side(), c = k.sample().channels();
		boolean[] hole = k.hole();
		float[] truth = k.truth();
		int[][] centres = LaplacianPatches.centres(hole, s, s, k.seed());
		Map<Setting, double[]> metrics = new EnumMap<>(Setting.class);
		Map<Setting, MeanIou.Tally> labelCounts = new EnumMap<>(Setting.class);
		Map<Setting, float[][][]> patches = new EnumMap<>(Setting.class);
		for (Map.Entry<Setting, float[]> e : fills.entrySet()) {
			float[] r = e.getValue();
			Plane result = new Plane(r, s, s, c), truthPlane = new Plane(truth, s, s, c);
			byte[] guidance = g.of(e.getKey().guidance());
			if (guidance != null) labelCounts.put(e.getKey(), new MeanIou.Tally().add(segment(r, s, c, p), guidance, hole));
			double iou = guidance == null ? Double.NaN : labelCounts.get(e.getKey()).mean();
			metrics.put(e.getKey(), new double[] { Psnr.whole(r, truth, s, s, c, range),
				Psnr.hole(r, truth, s, s, c, hole, range), Ssim.whole(r, truth, s, s, c, range),
				Ssim.hole(r, truth, s, s, c, hole, range), HoleL1.relative(r, truth, s, s, c, hole, range),
				LowFrequencyL1.relative(result, truthPlane, hole, range), HighFrequencyRatio.of(result, truthPlane, hole),
				guidance == null ? Double.NaN : HighFrequencyRatio.where(result, truthPlane, hole, agree(guidance, g.groundTruth())),
				SeamScore.of(r, truth, s, s, c, hole) / range, iou });
			patches.put(e.getKey(), LaplacianPatches.cut(result, centres));
		}
		// the true image has nothing to score but its segmentation: the ceiling of controllability
		double[] segmentationOnly = new double[MetricSet.PER_CASE.size()];
		java.util.Arrays.fill(segmentationOnly, Double.NaN);
		labelCounts.put(Setting.TRUE_IMAGE, new MeanIou.Tally().add(segment(truth, s, c, p), g.groundTruth(), hole));
		segmentationOnly[MetricSet.PER_CASE.indexOf("mIoU hole")] = labelCounts.get(Setting.TRUE_IMAGE).mean();
		metrics.put(Setting.TRUE_IMAGE, segmentationOnly);
		return new Outcome(fills, metrics, labelCounts,
			new Patches(patches, LaplacianPatches.cut(new Plane(truth, s, s, c), centres)), g);
	}

	/** Where the guidance asked for the true class (an unlabelled truth agrees with nothing). */
	private static boolean[] agree(byte[] guidance, byte[] truth) {
		boolean[] out = new boolean[truth.length];
		for (int i = 0; i < out.length; i++) out[i] = guidance[i] == truth[i] && (truth[i] & 0xff) != 255;
		return out;
	}

	/** Applies a fill to a fresh copy of the image and returns the crop, HWC. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static float[] crop(EvaluationCase k, java.util.function.Consumer<RandomAccessibleInterval> fill) {
		RandomAccessibleInterval img = k.image();
		fill.accept(img);
		return new ImageAccess(img).read(k.x0(), k.y0(), k.side(), k.side());
	}

	/**
	 * Our segmentation of a crop (normalised as the proposal was), back at crop resolution. Large crops are cut
	 * into blocks of twice the tile, the scale of a window around the centre hole, so that a scratch on a 1024-pixel
	 * crop is not judged by a segmentation shrunk eightfold.
	 */
	private byte[] segment(float[] crop, int s, int c, Proposal p) {
		TileModel m = engine.tileModel();
		Normalizer n = p.windows().get(0).normalizer();
		int t = m.tile(), block = 2 * t;
		byte[] out = new byte[s * s];
		for (int by = 0; by < s; by += block)
			for (int bx = 0; bx < s; bx += block) {
				int bw = Math.min(block, s - bx), bh = Math.min(block, s - by);
				float[] net = new float[bw * bh * c];
				for (int y = 0; y < bh; y++)
					for (int x = 0; x < bw; x++)
						for (int k = 0; k < c; k++) net[(y * bw + x) * c + k] = n.toNet(crop[((by + y) * s + bx + x) * c + k]);
				float[] tile = Resampler.resize(new Plane(net, bw, bh, c), t, t).values();
				byte[] labels = Resampler.nearest(TileModel.argmax(m.segment(tile), m.classes()), t, t, bw, bh);
				for (int y = 0; y < bh; y++) System.arraycopy(labels, y * bw, out, (by + y) * s + bx, bw);
			}
		return out;
	}

	private static org.semanticinpaint.engine.LabelSource labelsAt(EvaluationCase k, byte[] crop) {
		return (x, y) -> {
			int cx = x - k.x0(), cy = y - k.y0();
			if (cx < 0 || cy < 0 || cx >= k.side() || cy >= k.side()) return 0;
			return crop[cy * k.side() + cx] & 0xff;
		};
	}

	/** The candidate class least present in the hole (ties: first in the list). */
	private int editClass(byte[] gt, boolean[] hole) {
		int best = editCandidates[0];
		long bestCount = Long.MAX_VALUE;
		for (int cand : editCandidates) {
			long n = 0;
			for (int i = 0; i < gt.length; i++) if (hole[i] && (gt[i] & 0xff) == cand) n++;
			if (n < bestCount) { bestCount = n; best = cand; }
		}
		return best;
	}

	/**
	 * Paints {@code cls} into a disc at the hole's centre (radius a quarter of the hole's larger side). A painted
	 * object gets the boundary band every object in such labels has; without it the guidance would show a cell no
	 * label map can contain, and the segmentation of any faithful result would disagree with it at the rim.
	 */
	static byte[] edit(byte[] labels, boolean[] hole, int s, int cls, int boundaryWidth) {
		HoleBounds box = HoleBounds.of(hole, s);
		byte[] out = labels.clone();
		if (box == null) return out;
		double cx = (box.minX() + box.maxX()) / 2.0, cy = (box.minY() + box.maxY()) / 2.0,
			r = (Math.max(box.width(), box.height()) - 1) / 4.0 + 2;
		int[] disc = new int[labels.length];
		for (int i = 0; i < disc.length; i++) {
			double dx = i % s - cx, dy = i / s - cy;
			if (dx * dx + dy * dy <= r * r) disc[i] = 1;
		}
		byte[] drawn = cls == InstanceToClasses.OBJECT && boundaryWidth > 0 ?
			InstanceToClasses.convert(disc, s, s, boundaryWidth) : null;
		for (int i = 0; i < hole.length; i++)
			if (hole[i] && disc[i] != 0) out[i] = drawn == null ? (byte) cls : drawn[i];
		return out;
	}
}
