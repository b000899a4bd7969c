package org.semanticinpaint.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tensorflow.SavedModelBundle;
import org.tensorflow.exceptions.TensorFlowException;

/**
 * Loads a bundle folder and refuses it, with one message naming the file and the problem, unless the card is
 * complete and consistent, and, before TensorFlow reads anything ({@link BundlePreflight}), every file matches
 * its SHA-256 in the card, every graph uses only {@link OpAllowlist}'s ops and every network has the contract's
 * signature with the shapes the card implies. {@link BundleTrust} skips the hashes and the ops for bundles people
 * build themselves.
 */
public final class BundleLoader {

	private BundleLoader() {}

	/** @param threads intra-op threads per session (0 = all cores) */
	public static ModelBundle load(Path dir, int threads) throws BundleException {
		return load(dir, threads, true);
	}

	/** @param gpu false keeps the networks on the CPU even with GPU natives */
	public static ModelBundle load(Path dir, int threads, boolean gpu) throws BundleException {
		return load(dir, threads, gpu, BundleTrust.fromSystemProperty());
	}

	/** @param trusted skip the SHA-256 and op checks (see {@link BundleTrust}) */
	public static ModelBundle load(Path dir, int threads, boolean gpu, boolean trusted) throws BundleException {
		TensorFlowCheck.verify();
		ModelCard card = readCard(dir);
		BundlePreflight.verify(dir, card, trusted);
		List<SavedModelBundle> opened = new ArrayList<>();
		try {
			SavedModelBundle inpaint = open(dir, NetSignatures.INPAINT, threads, gpu, opened);
			SavedModelBundle segment = open(dir, NetSignatures.SEGMENT, threads, gpu, opened);
			SavedModelBundle decode = open(dir, NetSignatures.DECODE, threads, gpu, opened);
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
			throw new BundleException(file + " cannot be read: " + firstLine(e.getMessage()), e);
		}
		List<String> problems = CardValidator.problems(card);
		if (!problems.isEmpty()) throw new BundleException(file + ": " + String.join("; ", problems));
		return card;
	}

	private static SavedModelBundle open(Path dir, String net, int threads, boolean gpu, List<SavedModelBundle> opened)
		throws BundleException
	{
		Path sub = dir.resolve(net);
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

	private static String firstLine(String s) {
		if (s == null) return "";
		int i = s.indexOf('\n');
		return i < 0 ? s : s.substring(0, i);
	}
}
