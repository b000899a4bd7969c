package org.semanticinpaint.bundle;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Checks, from the parsed {@code saved_model.pb} and before TensorFlow loads it, that a network has the contract's
 * signature with exactly the inputs the engine feeds and the shapes model.json implies. A card whose formatVersion
 * does not match stage 2's inputs is named as such (format 2's stage 2 takes the coarse fill, format 1's does not):
 * otherwise the engine would fail at the first Render.
 */
final class SignatureCheck {

	private SignatureCheck() {}

	static void verify(String where, String net, SavedModel model, ModelCard card) throws BundleException {
		SignatureDef sig = serving(model);
		if (sig == null) throw new BundleException(where + " has no signature '" + NetSignatures.KEY +
			"' in a graph tagged 'serve'");
		Map<String, long[]> inputs = new TreeMap<>(), outputs = new TreeMap<>();
		expect(card, net, inputs, outputs);
		if (net.equals(NetSignatures.DECODE)) checkFormat(where, sig, card.formatVersion);
		for (String name : sig.getInputsMap().keySet())
			if (!inputs.containsKey(name)) throw new BundleException(where + " has an input '" + name +
				"' the plugin does not feed (it feeds " + inputs.keySet() + ")");
		checkTensors(where, "input", sig.getInputsMap(), inputs);
		checkTensors(where, "output", sig.getOutputsMap(), outputs);
	}

	/** The shapes (without the batch dimension) the card implies for one network ({@link Shapes}). */
	private static void expect(ModelCard card, String net, Map<String, long[]> in, Map<String, long[]> out) {
		Shapes s = card.shapes();
		switch (net) {
			case NetSignatures.INPAINT -> {
				in.put(NetSignatures.INPAINT_IMAGE, s.image());
				in.put(NetSignatures.INPAINT_MASK, s.mask());
				out.put(NetSignatures.INPAINT_COARSE, s.image());
				out.put(NetSignatures.INPAINT_FEATURES, s.features());
			}
			case NetSignatures.SEGMENT -> {
				in.put(NetSignatures.SEGMENT_IMAGE, s.image());
				out.put(NetSignatures.SEGMENT_PROBABILITIES, s.labels());
			}
			default -> {
				in.put(NetSignatures.DECODE_FEATURES, s.features());
				in.put(NetSignatures.DECODE_LABELS, s.labels());
				if (NetSignatures.decodeTakesCoarse(card.formatVersion)) in.put(NetSignatures.DECODE_COARSE, s.image());
				out.put(NetSignatures.DECODE_IMAGE, s.image());
			}
		}
	}

	private static void checkFormat(String where, SignatureDef sig, int formatVersion) throws BundleException {
		boolean graphTakesCoarse = sig.containsInputs(NetSignatures.DECODE_COARSE);
		if (graphTakesCoarse == NetSignatures.decodeTakesCoarse(formatVersion)) return;
		throw new BundleException(where + (graphTakesCoarse ? " takes the input '" : " has no input '") +
			NetSignatures.DECODE_COARSE + "', so it is a network of format " + (graphTakesCoarse ? "2 or later" : "1") +
			", but " + ModelCard.FILE + " says formatVersion " + formatVersion);
	}

	private static void checkTensors(String where, String kind, Map<String, TensorInfo> have, Map<String, long[]> want)
		throws BundleException
	{
		for (Map.Entry<String, long[]> e : want.entrySet()) {
			TensorInfo d = have.get(e.getKey());
			if (d == null) throw new BundleException(where + " has no " + kind + " '" + e.getKey() + "' (it has " +
				new TreeSet<>(have.keySet()) + ")");
			long[] exp = e.getValue();
			TensorShapeProto s = d.getTensorShape();
			boolean ok = !s.getUnknownRank() && s.getDimCount() == 4;
			for (int i = 0; ok && i < 3; i++) ok = s.getDim(i + 1).getSize() == exp[i];
			if (!ok) throw new BundleException(where + ": " + kind + " '" + e.getKey() + "' has shape " + shape(s) +
				", " + ModelCard.FILE + " implies [-1, " + exp[0] + ", " + exp[1] + ", " + exp[2] + "]");
		}
	}

	/** The serving signature of the graph TensorFlow loads with the tag "serve", or null. */
	private static SignatureDef serving(SavedModel model) {
		for (MetaGraphDef m : model.getMetaGraphsList())
			if (m.getMetaInfoDef().getTagsList().contains("serve")) return m.getSignatureDefMap().get(NetSignatures.KEY);
		return null;
	}

	private static String shape(TensorShapeProto s) {
		if (s.getUnknownRank()) return "unknown";
		StringBuilder b = new StringBuilder("[");
		for (int i = 0; i < s.getDimCount(); i++) b.append(i > 0 ? ", " : "").append(s.getDim(i).getSize());
		return b.append(']').toString();
	}
}
