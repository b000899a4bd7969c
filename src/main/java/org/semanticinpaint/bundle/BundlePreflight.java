package org.semanticinpaint.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tensorflow.proto.SavedModel;

/**
 * Everything checked about a bundle's networks before TensorFlow sees them, in the order that names the most
 * useful problem first: the files TensorFlow needs, their SHA-256 ({@link BundleHashes}), the ops of every graph
 * ({@link GraphCheck}) and the signatures against model.json ({@link SignatureCheck}). Only files are read and
 * protobuf parsed here: a refused bundle has run nothing. A trusted bundle ({@link BundleTrust}) skips the
 * hashes and the ops.
 */
public final class BundlePreflight {

	private BundlePreflight() {}

	static void verify(Path dir, ModelCard card, boolean trusted) throws BundleException {
		for (String net : BundleHashes.NETWORKS) requireFiles(dir, net);
		if (!trusted) BundleHashes.verify(dir, card);
		for (String net : BundleHashes.NETWORKS) {
			String where = "Model bundle " + dir + ": " + net + "/saved_model.pb";
			SavedModel model = read(dir.resolve(net), where);
			if (!trusted) GraphCheck.verify(model, where);
			SignatureCheck.verify(where, net, model, card);
		}
	}

	/** The ops check alone, for one network folder read outside a bundle load (training from a bundle's weights). */
	public static void verifyGraph(Path network, boolean trusted) throws BundleException {
		String where = network.resolve("saved_model.pb").toString();
		if (!Files.isRegularFile(network.resolve("saved_model.pb"))) throw new BundleException(where + " is missing");
		if (!trusted) GraphCheck.verify(read(network, where), where);
	}

	/**
	 * saved_model.pb and the weights. Without variables.index TensorFlow loads the graph with no weights at all and
	 * the first Propose fails on an uninitialised variable, so its absence is named here.
	 */
	private static void requireFiles(Path dir, String net) throws BundleException {
		Path sub = dir.resolve(net), variables = sub.resolve("variables");
		String weights = " (the " + net + " network's weights)";
		if (!Files.isRegularFile(sub.resolve("saved_model.pb"))) throw missing(dir, sub.resolve("saved_model.pb"),
			" (the " + net + " network)");
		if (!Files.isDirectory(variables)) throw missing(dir, variables, weights);
		if (!Files.isRegularFile(variables.resolve("variables.index")))
			throw missing(dir, variables.resolve("variables.index"), weights);
		if (!hasDataShard(variables)) throw missing(dir, variables.resolve("variables.data-00000-of-00001"), weights);
	}

	private static boolean hasDataShard(Path variables) throws BundleException {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(variables, "variables.data-*")) {
			return s.iterator().hasNext();
		}
		catch (IOException e) {
			throw new BundleException(variables + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static BundleException missing(Path dir, Path file, String what) {
		return new BundleException("Model bundle " + dir + " is missing " + dir.relativize(file) + what);
	}

	private static SavedModel read(Path network, String where) throws BundleException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(network.resolve("saved_model.pb"));
		}
		catch (IOException e) {
			throw new BundleException(where + " cannot be read: " + e.getMessage(), e);
		}
		try {
			return SavedModel.parseFrom(bytes);
		}
		catch (IOException e) { // protobuf's InvalidProtocolBufferException
			throw new BundleException(where + " is not a readable SavedModel: " + e.getMessage(), e);
		}
	}
}
