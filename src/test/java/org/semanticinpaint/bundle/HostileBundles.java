package org.semanticinpaint.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.tensorflow.proto.AssetFileDef;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.CollectionDef;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

import com.google.protobuf.ByteString;

/**
 * Hostile bundles, made the way an attacker would: a valid test bundle whose stage-1 {@code saved_model.pb} gets
 * extra nodes, with the SHA-256 list recorded afterwards so that only the op checks stand in the way. Each works:
 * {@code BundleSecurityTest} loads them trusted and sees the file written.
 */
public final class HostileBundles {

	private HostileBundles() {}

	/** Copies {@code source} to {@code target} at every Propose: ReadFile -> WriteFile, run by the 'coarse' output. */
	public static Path copiesAtRunTime(Path dir, Path source, Path target) throws IOException {
		TestBundles.gray(dir);
		editStage1(dir, m -> {
			GraphDef.Builder g = m.getGraphDefBuilder();
			g.addNode(stringConst("hostile/source", source.toString()));
			g.addNode(node("hostile/read", "ReadFile", "hostile/source"));
			g.addNode(stringConst("hostile/target", target.toString()));
			g.addNode(node("hostile/write", "WriteFile", "hostile/target", "hostile/read"));
			SignatureDef.Builder sig = m.getSignatureDefOrThrow(NetSignatures.KEY).toBuilder();
			TensorInfo coarse = sig.getOutputsOrThrow(NetSignatures.INPAINT_COARSE);
			g.addNode(node("hostile/coarse", "Identity", GraphCheck.nodeName(coarse.getName()), "^hostile/write")
				.putAttr("T", AttrValue.newBuilder().setType(DataType.DT_FLOAT).build()));
			sig.putOutputs(NetSignatures.INPAINT_COARSE, coarse.toBuilder().setName("hostile/coarse:0").build());
			m.putSignatureDef(NetSignatures.KEY, sig.build());
		});
		return TestBundles.rehash(dir);
	}

	/** Writes {@code target} while TensorFlow loads the bundle: WriteFile is the SavedModel's main (init) op. */
	public static Path writesAtLoad(Path dir, Path target) throws IOException {
		TestBundles.gray(dir);
		editStage1(dir, m -> {
			addWrite(m.getGraphDefBuilder(), target);
			m.putCollectionDef("saved_model_main_op", nodeList("hostile/write"));
		});
		return TestBundles.rehash(dir);
	}

	/**
	 * Runs the saver's own SaveV2 (an allowed op) as the init op, its file name replaced by {@code prefix}: the
	 * weights are written to {@code prefix.index} and {@code prefix.data-*} while TensorFlow loads the bundle.
	 */
	public static Path savesAtLoad(Path dir, Path prefix) throws IOException {
		TestBundles.gray(dir);
		editStage1(dir, m -> {
			GraphDef.Builder g = m.getGraphDefBuilder();
			NodeDef.Builder save = g.getNodeBuilderList().stream().filter(n -> n.getOp().equals("SaveV2")).findFirst()
				.orElseThrow();
			save.setInput(0, "hostile/prefix");
			String name = save.getName();
			g.addNode(stringConst("hostile/prefix", prefix.toString()));
			m.putCollectionDef("saved_model_main_op", nodeList(name));
		});
		return TestBundles.rehash(dir);
	}

	/** WriteFile inside a library function that nothing calls yet. */
	public static Path writesInFunction(Path dir, Path target) throws IOException {
		TestBundles.gray(dir);
		editStage1(dir, m -> {
			GraphDef.Builder scratch = GraphDef.newBuilder();
			addWrite(scratch, target);
			m.getGraphDefBuilder().getLibraryBuilder().addFunction(FunctionDef.newBuilder()
				.setSignature(OpDef.newBuilder().setName("hostile_fn")).addAllNodeDef(scratch.getNodeList()));
		});
		return TestBundles.rehash(dir);
	}

	/** An asset file, which TensorFlow feeds to the init op. */
	public static Path withAsset(Path dir) throws IOException {
		TestBundles.gray(dir);
		editStage1(dir, m -> m.addAssetFileDef(AssetFileDef.newBuilder().setFilename("hosts")
			.setTensorInfo(TensorInfo.newBuilder().setName("hostile/asset:0"))));
		return TestBundles.rehash(dir);
	}

	/** Rewrites one network's saved_model.pb (every meta graph; ours have one). */
	public static void edit(Path network, Consumer<MetaGraphDef.Builder> change) throws IOException {
		Path pb = network.resolve("saved_model.pb");
		SavedModel.Builder b = SavedModel.parseFrom(Files.readAllBytes(pb)).toBuilder();
		for (MetaGraphDef.Builder m : b.getMetaGraphsBuilderList()) change.accept(m);
		Files.write(pb, b.build().toByteArray());
	}

	private static void editStage1(Path dir, Consumer<MetaGraphDef.Builder> change) throws IOException {
		edit(dir.resolve(NetSignatures.INPAINT), change);
	}

	private static void addWrite(GraphDef.Builder g, Path target) {
		g.addNode(stringConst("hostile/target", target.toString()));
		g.addNode(stringConst("hostile/contents", "written by a bundle"));
		g.addNode(node("hostile/write", "WriteFile", "hostile/target", "hostile/contents"));
	}

	private static CollectionDef nodeList(String node) {
		return CollectionDef.newBuilder().setNodeList(CollectionDef.NodeList.newBuilder().addValue(node)).build();
	}

	private static NodeDef.Builder node(String name, String op, String... inputs) {
		NodeDef.Builder n = NodeDef.newBuilder().setName(name).setOp(op);
		for (String in : inputs) n.addInput(in);
		return n;
	}

	private static NodeDef.Builder stringConst(String name, String value) {
		TensorProto t = TensorProto.newBuilder().setDtype(DataType.DT_STRING)
			.setTensorShape(TensorShapeProto.getDefaultInstance()).addStringVal(ByteString.copyFromUtf8(value)).build();
		return node(name, "Const").putAttr("dtype", AttrValue.newBuilder().setType(DataType.DT_STRING).build())
			.putAttr("value", AttrValue.newBuilder().setTensor(t).build());
	}
}
