package org.semanticinpaint.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.semanticinpaint.nets.NetSignatures;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;

/**
 * Loads a bundle folder and refuses it, with a message naming the file and the problem, unless the card is
 * complete and consistent and every network has the contract's signature with the shapes the card implies.
 */
public final class BundleLoader {

	private BundleLoader() {}

	/** @param threads intra-op threads per session (0 = all cores) */
	public static ModelBundle load(Path dir, int threads) throws BundleException {
		return load(dir, threads, true);
	}

	/** @param gpu false keeps the networks on the CPU even with GPU natives */
	public static ModelBundle load(Path dir, int threads, boolean gpu) throws BundleException {
		TensorFlowCheck.verify();
		ModelCard card = readCard(dir);
		List<SavedModelBundle> opened = new ArrayList<>();
		try {
			SavedModelBundle inpaint = open(dir, NetSignatures.INPAINT, threads, gpu, opened);
			SavedModelBundle segment = open(dir, NetSignatures.SEGMENT, threads, gpu, opened);
			SavedModelBundle decode = open(dir, NetSignatures.DECODE, threads, gpu, opened);
			int t = card.tile, c = card.channels, k = card.classCount(), f = 4 * card.widths.inpaint;
			check(dir, NetSignatures.INPAINT, inpaint,
				Map.of(NetSignatures.INPAINT_IMAGE, dims(t, t, c), NetSignatures.INPAINT_MASK, dims(t, t, 1)),
				Map.of(NetSignatures.INPAINT_COARSE, dims(t, t, c), NetSignatures.INPAINT_FEATURES, dims(t / 4, t / 4, f)));
			check(dir, NetSignatures.SEGMENT, segment, Map.of(NetSignatures.SEGMENT_IMAGE, dims(t, t, c)),
				Map.of(NetSignatures.SEGMENT_PROBABILITIES, dims(t, t, k)));
			Map<String, long[]> decodeInputs = new HashMap<>(Map.of(NetSignatures.DECODE_FEATURES,
				dims(t / 4, t / 4, f), NetSignatures.DECODE_LABELS, dims(t, t, k)));
			if (NetSignatures.decodeTakesCoarse(card.formatVersion)) decodeInputs.put(NetSignatures.DECODE_COARSE, dims(t, t, c));
			check(dir, NetSignatures.DECODE, decode, decodeInputs, Map.of(NetSignatures.DECODE_IMAGE, dims(t, t, c)));
			return new ModelBundle(dir, card, inpaint, segment, decode);
		}
		catch (BundleException | RuntimeException e) {
			opened.forEach(SavedModelBundle::close);
			throw e;
		}
	}

	/** Reads and validates model.json alone (cheap: no network is loaded). */
	public static ModelCard readCard(Path dir) throws BundleException {
		if (!Files.isDirectory(dir)) throw new BundleException("Model bundle folder not found: " + dir);
		Path file = dir.resolve(ModelCard.FILE);
		if (!Files.isRegularFile(file)) throw new BundleException("Model bundle " + dir + " has no " + ModelCard.FILE);
		ModelCard card;
		try {
			card = ModelCard.read(file);
		}
		catch (IOException e) {
			throw new BundleException(file + " cannot be read: " + e.getMessage(), e);
		}
		List<String> problems = CardValidator.problems(card);
		if (!problems.isEmpty()) throw new BundleException(file + ": " + String.join("; ", problems));
		return card;
	}

	private static SavedModelBundle open(Path dir, String net, int threads, boolean gpu, List<SavedModelBundle> opened)
		throws BundleException
	{
		Path sub = dir.resolve(net);
		Path pb = sub.resolve("saved_model.pb");
		if (!Files.isRegularFile(pb)) throw new BundleException("Model bundle " + dir + " is missing " +
			dir.relativize(pb) + " (the " + net + " network)");
		if (!Files.isDirectory(sub.resolve("variables"))) throw new BundleException("Model bundle " + dir +
			" is missing " + dir.relativize(sub.resolve("variables")) + " (the " + net + " network's weights)");
		try {
			SavedModelBundle b = SavedModelBundle.loader(sub.toString()).withTags("serve")
				.withConfigProto(TfConfig.session(threads, gpu)).load();
			opened.add(b);
			return b;
		}
		catch (TensorFlowException | IllegalArgumentException e) {
			throw new BundleException("Model bundle " + dir + ": " + dir.relativize(sub) +
				" is not a readable SavedModel: " + firstLine(e.getMessage()), e);
		}
	}

	private static void check(Path dir, String net, SavedModelBundle b, Map<String, long[]> inputs,
		Map<String, long[]> outputs) throws BundleException
	{
		String where = "Model bundle " + dir + ": " + net + "/saved_model.pb";
		Signature sig = null;
		for (Signature s : b.signatures()) if (NetSignatures.KEY.equals(s.key())) sig = s;
		if (sig == null) throw new BundleException(where + " has no signature '" + NetSignatures.KEY + "'");
		checkTensors(where, "input", sig.getInputs(), inputs);
		checkTensors(where, "output", sig.getOutputs(), outputs);
	}

	private static void checkTensors(String where, String kind, Map<String, Signature.TensorDescription> have,
		Map<String, long[]> want) throws BundleException
	{
		for (Map.Entry<String, long[]> e : want.entrySet()) {
			Signature.TensorDescription d = have.get(e.getKey());
			if (d == null) throw new BundleException(where + " has no " + kind + " '" + e.getKey() + "' (it has " +
				have.keySet() + ")");
			long[] exp = e.getValue();
			Shape s = d.shape;
			boolean ok = s.numDimensions() == 4;
			for (int i = 0; ok && i < 3; i++) ok = s.get(i + 1) == exp[i];
			if (!ok) throw new BundleException(where + ": " + kind + " '" + e.getKey() + "' has shape " + s +
				", model.json implies [-1, " + exp[0] + ", " + exp[1] + ", " + exp[2] + "]");
		}
	}

	private static long[] dims(long h, long w, long c) {
		return new long[] { h, w, c };
	}

	private static String firstLine(String s) {
		if (s == null) return "";
		int i = s.indexOf('\n');
		return i < 0 ? s : s.substring(0, i);
	}
}
