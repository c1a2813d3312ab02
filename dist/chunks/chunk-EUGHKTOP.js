#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  toolVersion
} from "./chunk-KUCBTSNI.js";
import {
  capYoungGeneration
} from "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-S7ZDPIFW.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection3(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection3(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection3;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i2) => toJS(v2, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v2 = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k2 = path[i2];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a2 = [];
          a2[k2] = v2;
          v2 = a2;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema2) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n2 = node.value;
          return n2 == null || allowScalar && identity.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text2, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text2[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text2[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text2, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i2 += 1];
                overflow = true;
              }
              const j2 = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text2;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold2 = folds[i3];
        const end2 = folds[i3 + 1] || text2.length;
        if (fold2 === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text2[fold2]}\\`;
          res += `
${indent}${text2.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text2[++i2];
        } else {
          do {
            ch = text2[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_2, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k2)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k2)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map.items.sort(schema2.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type3) {
        const map = Type3 ? new Type3() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i2 = n2.indexOf(".");
        if (i2 < 0) {
          i2 = n2.length;
          n2 += ".";
        }
        let d2 = minFractionDigits - (n2.length - i2 - 1);
        while (d2-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema2 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s2 = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s2 += String.fromCharCode(buf[i2]);
          str = btoa(s2);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str.length / lineWidth);
          const lines = new Array(n2);
          for (let i2 = 0, o2 = 0; i2 < n2; ++i2, o2 += lineWidth) {
            lines[i2] = str.substr(o2, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema2);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema2, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n3 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n2) => n2;
      if (typeof value === "bigint")
        num = (n2) => BigInt(n2);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a2, b2) => a2.key < b2.key ? -1 : a2.key > b2.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s2 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s2}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a2, b2) => a2 === b2 || identity.isScalar(a2) && identity.isScalar(b2) && a2.value === b2.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart2 = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart2, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart2, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart2 = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart2, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart2, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent && n2)
            indent = n2;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i2);
          res += fold2;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (false)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection3 = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection3;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s2 = this.peek(3);
          if ((s2 === "---" || s2 === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s2 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s2 = this.buffer.slice(this.pos, i2);
        if (s2) {
          yield s2;
          this.pos += s2.length;
          return s2.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i2 - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i2;
        }
        return n2;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (false)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n2) {
        return this.stack[this.stack.length - n2];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a2, b2) {
      if (a2 === b2) return true;
      if (a2 && b2 && typeof a2 == "object" && typeof b2 == "object") {
        if (a2.constructor !== b2.constructor) return false;
        var length, i2, keys;
        if (Array.isArray(a2)) {
          length = a2.length;
          if (length != b2.length) return false;
          for (i2 = length; i2-- !== 0; )
            if (!equal(a2[i2], b2[i2])) return false;
          return true;
        }
        if (a2.constructor === RegExp) return a2.source === b2.source && a2.flags === b2.flags;
        if (a2.valueOf !== Object.prototype.valueOf) return a2.valueOf() === b2.valueOf();
        if (a2.toString !== Object.prototype.toString) return a2.toString() === b2.toString();
        keys = Object.keys(a2);
        length = keys.length;
        if (length !== Object.keys(b2).length) return false;
        for (i2 = length; i2-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b2, keys[i2])) return false;
        for (i2 = length; i2-- !== 0; ) {
          var key = keys[i2];
          if (!equal(a2[key], b2[key])) return false;
        }
        return true;
      }
      return a2 !== a2 && b2 !== b2;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/base/repository-path.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function repositoryPrefix(workspace, root) {
  const inside = relative(resolve(workspace), resolve(root));
  if (inside.startsWith("..") || isAbsolute(inside)) return void 0;
  return inside === "" ? "" : `${inside.split(sep).join("/")}/`;
}
function repositoryPath(file, pathPrefix) {
  if (pathPrefix === "") return file;
  return pathPrefix.endsWith("/") ? `${pathPrefix}${file}` : `${pathPrefix}/${file}`;
}

// src/base/text.ts
function escapeControlCharacters(text2) {
  return text2.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function firstLineOf(error) {
  const text2 = error instanceof Error ? error.message : String(error);
  return text2.split("\n", 1)[0];
}
function compareText(a2, b2) {
  return a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
}
function flatText(text2) {
  text2.charCodeAt(0);
  return text2;
}

// src/load/discover.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/load/glob.ts
var MAX_GLOB_LENGTH = 1024;
var MAX_ALTERNATIVES = 64;
function compileGlobs(globs) {
  const programs = [];
  for (const [index, glob] of globs.entries()) {
    if (glob.length > MAX_GLOB_LENGTH) return { index, problem: `this glob is ${glob.length} characters long, over the ${MAX_GLOB_LENGTH}-character cap` };
    const expanded = expandAlternatives(glob);
    if (expanded === void 0) return { index, problem: `this glob's {\u2026} alternatives expand to more than ${MAX_ALTERNATIVES} patterns` };
    for (const written of expanded) {
      const pattern = written.replace(/^(?:\.\/)+/, "");
      programs.push(tokenize(pattern));
      if (pattern.endsWith("/**") && pattern.length > 3) programs.push(tokenize(pattern.slice(0, -3)));
    }
  }
  return { matches: (path) => programs.some((tokens) => run(tokens, path)) };
}
function expandAlternatives(glob) {
  const done = [];
  const pending = [glob];
  while (pending.length > 0) {
    const pattern = pending.pop();
    const group = firstGroup(pattern);
    if (!group) {
      done.push(pattern);
    } else {
      for (const option of group.options) pending.push(pattern.slice(0, group.start) + option + pattern.slice(group.end));
    }
    if (done.length + pending.length > MAX_ALTERNATIVES) return void 0;
  }
  return done.reverse();
}
function firstGroup(pattern) {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === "\\") {
      start++;
      continue;
    }
    if (pattern[start] !== "{") continue;
    let depth = 0;
    let optionStart = start + 1;
    const options = [];
    for (let i2 = start; i2 < pattern.length; i2++) {
      const char = pattern[i2];
      if (char === "\\") i2++;
      else if (char === "{") depth++;
      else if (char === "," && depth === 1) {
        options.push(pattern.slice(optionStart, i2));
        optionStart = i2 + 1;
      } else if (char === "}" && --depth === 0) {
        if (options.length === 0) break;
        options.push(pattern.slice(optionStart, i2));
        return { start, end: i2 + 1, options };
      }
    }
  }
  return void 0;
}
function tokenize(text2) {
  const pattern = Array.from(text2);
  const tokens = [];
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const char = pattern[i2];
    const atSegmentStart = i2 === 0 || pattern[i2 - 1] === "/";
    if (char === "*") {
      let end = i2;
      while (pattern[end + 1] === "*") end++;
      const wholeSegment = end === i2 + 1 && atSegmentStart && (end + 1 === pattern.length || pattern[end + 1] === "/");
      if (wholeSegment && end + 1 < pattern.length) {
        tokens.push({ type: "folders" });
        i2 = end + 1;
      } else if (wholeSegment) {
        tokens.push({ type: "rest" });
        i2 = end;
      } else {
        tokens.push({ type: "star" });
        i2 = end;
      }
    } else if (char === "?") {
      tokens.push({ type: "any" });
    } else if (char === "[") {
      const parsed = parseClass(pattern, i2);
      if (parsed) {
        tokens.push(parsed.token);
        i2 = parsed.end;
      } else {
        tokens.push({ type: "char", char });
      }
    } else if (char === "\\" && i2 + 1 < pattern.length) {
      tokens.push({ type: "char", char: pattern[++i2] });
    } else {
      tokens.push({ type: "char", char });
    }
  }
  return tokens;
}
function parseClass(pattern, start) {
  let i2 = start + 1;
  const negated = pattern[i2] === "!" || pattern[i2] === "^";
  if (negated) i2++;
  const ranges = [];
  for (let first = true; i2 < pattern.length; first = false, i2++) {
    let char = pattern[i2];
    if (char === "]" && !first) return { token: { type: "class", negated, ranges }, end: i2 };
    if (char === "\\" && i2 + 1 < pattern.length) char = pattern[++i2];
    if (pattern[i2 + 1] === "-" && i2 + 2 < pattern.length && pattern[i2 + 2] !== "]") {
      ranges.push([char, pattern[i2 + 2]]);
      i2 += 2;
    } else {
      ranges.push([char, char]);
    }
  }
  return void 0;
}
function inClass(token, char) {
  const member = token.ranges.some(([low, high]) => char >= low && char <= high);
  return member !== token.negated;
}
function run(tokens, path) {
  const size = 2 * tokens.length + 2;
  let current = new Uint8Array(size);
  let next = new Uint8Array(size);
  const add = (set, state) => {
    for (; ; ) {
      if (set[state]) return;
      set[state] = 1;
      if (state % 2 === 1) return;
      const token = tokens[state / 2];
      if (!token || token.type !== "star" && token.type !== "folders" && token.type !== "rest") return;
      state += 2;
    }
  };
  add(current, 0);
  for (const char of path) {
    next.fill(0);
    let alive = false;
    for (let state = 0; state < size; state++) {
      if (!current[state]) continue;
      const index = state >> 1;
      const token = tokens[index];
      if (!token) continue;
      if (state % 2 === 1) {
        add(next, char === "/" ? 2 * index : state);
        alive = true;
        continue;
      }
      const step = advance(token, char);
      if (step === "next") add(next, 2 * index + 2);
      else if (step === "stay") add(next, state);
      else if (step === "inside") add(next, state + 1);
      else continue;
      alive = true;
    }
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[2 * tokens.length] === 1;
}
function advance(token, char) {
  switch (token.type) {
    case "char":
      return token.char === char ? "next" : void 0;
    case "any":
      return char === "/" ? void 0 : "next";
    case "class":
      return char !== "/" && inClass(token, char) ? "next" : void 0;
    case "star":
      return char === "/" ? void 0 : "stay";
    case "folders":
      return char === "/" ? void 0 : "inside";
    case "rest":
      return "stay";
  }
}

// src/load/discover.ts
var CONFIG_FILE_NAMES = ["abm-gitops.yml", "abm-gitops.yaml"];
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var YAML_FILE = /\.ya?ml$/i;
function listRepositoryFiles(root, watch) {
  const found = [];
  let yamlFiles = 0;
  const pending = [""];
  while (pending.length > 0) {
    const relativeDir = pending.pop();
    capYoungGeneration();
    let entries;
    try {
      entries = readdirSync(join(root, relativeDir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relativePath = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(relativePath);
      } else if (entry.isFile()) {
        found.push(flatText(relativePath));
        if (watch && YAML_FILE.test(entry.name) && ++yamlFiles === watch.count) watch.reached();
      }
    }
  }
  return found.sort((a2, b2) => a2 < b2 ? -1 : a2 > b2 ? 1 : 0);
}
function discoverYamlFiles(root, include, files = listRepositoryFiles(root)) {
  const compiled2 = include && include.length > 0 ? compileGlobs(include) : void 0;
  if (compiled2 && "problem" in compiled2) throw new Error(`include[${compiled2.index}]: ${compiled2.problem}`);
  const matches = compiled2?.matches;
  return files.filter((path) => YAML_FILE.test(path) && !CONFIG_FILE_NAMES.includes(path) && (!matches || matches(path))).map((path) => ({ path, absolutePath: flatText(join(root, path)) }));
}
var DECLARES_OUR_API_VERSION = /^[ \t]*apiVersion[ \t]*:[ \t]*["']?abm/im;
function declaresOurApiVersion(text2) {
  return DECLARES_OUR_API_VERSION.test(text2);
}

// src/load/limits.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/load/positions.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/load/fast-yaml.ts
var FastScalar = class {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
var FastMap = class {
  keys = [];
  keyStarts = [];
  values = [];
  /** The `<<` entry, if any: where its key starts, where its value ends (-1: unknown) and the mapping it merges. */
  merge = void 0;
  start = -1;
  end = -1;
};
var FastSeq = class {
  items = [];
  start = -1;
  end = -1;
};
var UNSURE_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
var MAYBE_UNSURE_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
var MAX_FAST_TEXT = 256 * 1024;
var MAX_FAST_DOCUMENTS = 100;
var MAX_KEY_LENGTH = 1e3;
var BAIL = { bail: true };
function fastParse(text2, limits) {
  if (text2.length === 0 || text2.length > MAX_FAST_TEXT || MAYBE_UNSURE_CHARACTER.test(text2) && UNSURE_CHARACTER.test(text2)) return void 0;
  try {
    return new Scanner(text2, limits.maxDepth, limits.maxAliasCount).documents();
  } catch (error) {
    if (error === BAIL) return void 0;
    throw error;
  }
}
function fastRange(tree, path) {
  let node = tree;
  let best = rangeOfNode(node);
  let placeOfUse;
  for (const segment of path) {
    const step = childOf(node, segment, 0);
    if (!step) break;
    if (step.via !== void 0 && placeOfUse === void 0) placeOfUse = step.via;
    node = step.node;
    best = step.range;
  }
  return (placeOfUse !== void 0 ? placeOfUse : best) ?? void 0;
}
function rangeOfNode(node) {
  return node.start >= 0 && node.end >= 0 ? [node.start, node.end] : null;
}
function childOf(node, segment, depth) {
  if (node instanceof FastSeq && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { node: item, range: rangeOfNode(item) };
  }
  if (!(node instanceof FastMap) || depth > 32) return void 0;
  const index = node.keys.indexOf(String(segment));
  if (index >= 0) {
    const value = node.values[index];
    return { node: value, range: value.end >= 0 ? [node.keyStarts[index], value.end] : null };
  }
  const { merge } = node;
  const found = merge && childOf(merge.source, segment, depth + 1);
  return found ? { ...found, via: merge.end >= 0 ? [merge.keyStart, merge.end] : null } : void 0;
}
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var Scanner = class {
  constructor(text2, maxDepth, maxAliasCount) {
    this.text = text2;
    this.maxDepth = maxDepth;
    this.maxAliasCount = maxAliasCount;
    this.splitLines();
  }
  text;
  maxDepth;
  maxAliasCount;
  /** Content lines (not blank, not comment-only, not `---`): start offset, end offset (before CR LF), indentation. */
  starts = [];
  ends = [];
  indents = [];
  /** Index of the first content line of each document, and one past the last. */
  documentBounds = [];
  line = 0;
  end = 0;
  /** A document's anchors (only on block mappings, used only as merge sources) and the `*` merges so far. */
  anchors = /* @__PURE__ */ new Map();
  aliases = 0;
  /** Values (keys, scalars, collections) read in the file, and those the merges add once expanded. */
  valueCount = 0;
  expandedValues = 0;
  /** Characters of text the merges add once expanded (see EXPANDED_CHARACTERS_PER_CHARACTER in limits.ts). */
  expandedCharacters = 0;
  deepest = 0;
  documents() {
    const documents = [];
    for (const [first, end] of this.documentBounds) {
      if (first === end || this.indents[first] !== 0) throw BAIL;
      this.line = first;
      this.end = end;
      this.anchors = /* @__PURE__ */ new Map();
      this.aliases = 0;
      const [tree, value] = this.block(first, 0, 0);
      if (this.line !== end) throw BAIL;
      documents.push({ value, tree });
    }
    return documents;
  }
  splitLines() {
    const { text: text2 } = this;
    let documentStart2 = 0;
    let sawMarker = false;
    for (let start = 0; start < text2.length; ) {
      let newline = text2.indexOf("\n", start);
      if (newline < 0) newline = text2.length;
      const end = text2.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      let content = start;
      while (content < end && text2.charCodeAt(content) === SPACE) content++;
      const first = text2.charCodeAt(content);
      if (content < end && first !== HASH) {
        if (content === start && (first === DASH || first === 46 || first === 37) && this.isMarker(start, end)) {
          if (sawMarker || this.starts.length > documentStart2) this.documentBounds.push([documentStart2, this.starts.length]);
          documentStart2 = this.starts.length;
          sawMarker = true;
        } else {
          this.starts.push(start);
          this.ends.push(end);
          this.indents.push(content - start);
        }
      }
      start = newline + 1;
    }
    if (sawMarker || this.starts.length > documentStart2) this.documentBounds.push([documentStart2, this.starts.length]);
    if (this.documentBounds.length === 0 || this.documentBounds.length > MAX_FAST_DOCUMENTS) throw BAIL;
  }
  /** A `---` line (true); a `...`, a directive or `---` with content after it bails; anything else is content (false). */
  isMarker(start, end) {
    const { text: text2 } = this;
    if (text2.charCodeAt(start) === 37) throw BAIL;
    const three = text2.slice(start, start + 3);
    if (three === "...") throw BAIL;
    if (three !== "---") return false;
    if (end === start + 3) return true;
    if (text2.charCodeAt(start + 3) !== SPACE) throw BAIL;
    let rest = start + 3;
    while (rest < end && text2.charCodeAt(rest) === SPACE) rest++;
    if (rest < end && text2.charCodeAt(rest) !== HASH) throw BAIL;
    return true;
  }
  /** The block collection whose first entry starts on content line `line` at column `column`. */
  block(line, column, depth) {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const at2 = this.starts[line] + column;
    return this.isDash(at2, this.ends[line]) ? this.sequence(line, column, depth) : this.mapping(line, column, depth);
  }
  isDash(at2, end) {
    return this.text.charCodeAt(at2) === DASH && (at2 + 1 === end || this.text.charCodeAt(at2 + 1) === SPACE);
  }
  sequence(line, column, depth) {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const { text: text2 } = this;
    const node = new FastSeq();
    const value = [];
    node.start = this.starts[line] + column;
    this.valueCount++;
    let lastInline;
    for (; ; ) {
      const start = this.starts[line];
      const end = this.ends[line];
      const dash = start + column;
      if (!this.isDash(dash, end)) throw BAIL;
      let at2 = dash + 1;
      while (at2 < end && text2.charCodeAt(at2) === SPACE) at2++;
      let item;
      lastInline = -1;
      if (at2 === end || text2.charCodeAt(at2) === HASH) {
        const next2 = line + 1;
        if (next2 >= this.end || this.indents[next2] <= column) throw BAIL;
        item = this.block(next2, this.indents[next2], depth + 1);
      } else if (this.isDash(at2, end)) {
        throw BAIL;
      } else if (this.keyEnd(at2, end) >= 0) {
        item = this.mapping(line, at2 - start, depth + 1);
      } else {
        item = this.inline(at2, end, depth + 1);
        this.line = line + 1;
        lastInline = line;
      }
      node.items.push(item[0]);
      value.push(item[1]);
      const next = this.line;
      if (next >= this.end || this.indents[next] < column) break;
      if (this.indents[next] > column) throw BAIL;
      if (!this.isDash(this.starts[next] + column, this.ends[next])) break;
      line = next;
    }
    node.end = lastInline >= 0 ? this.inlineNodeEnd(lastInline, column) : -1;
    return [node, value];
  }
  /**
   * Where `yaml` ends an inline value's node (and so a collection whose last
   * value it is): after its line, and after the comment lines below it
   * (blank lines between them) that are indented deeper than the collection.
   */
  inlineNodeEnd(line, column) {
    const { text: text2 } = this;
    const newline = text2.indexOf("\n", this.ends[line]);
    let end = newline < 0 ? text2.length : newline + 1;
    for (let at2 = end; at2 < text2.length; ) {
      let next = text2.indexOf("\n", at2);
      if (next < 0) next = text2.length;
      let content = at2;
      while (content < next && text2.charCodeAt(content) === SPACE) content++;
      const lineEnd = next === text2.length ? next : next + 1;
      const code = text2.charCodeAt(content);
      if (content === next || code === 13 && content + 1 === next) {
        at2 = lineEnd;
        continue;
      }
      if (code !== HASH || content - at2 <= column) break;
      end = at2 = lineEnd;
    }
    return end;
  }
  mapping(line, column, depth) {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const { text: text2 } = this;
    const node = new FastMap();
    const value = {};
    node.start = this.starts[line] + column;
    this.valueCount++;
    let lastInline;
    let seen;
    for (; ; ) {
      const start = this.starts[line];
      const end = this.ends[line];
      const keyStart2 = start + column;
      const [key, colon] = this.key(keyStart2, end);
      this.valueCount++;
      let at2 = colon + 1;
      while (at2 < end && text2.charCodeAt(at2) === SPACE) at2++;
      lastInline = -1;
      if (key === "<<" && text2.charCodeAt(keyStart2) === 60) {
        lastInline = this.merge(node, value, line, column, keyStart2, at2, depth);
      } else {
        if (key === "__proto__" || key === "<<") throw BAIL;
        if (node.keys.length >= 16) {
          seen ??= new Set(node.keys);
          if (seen.has(key)) throw BAIL;
          seen.add(key);
        } else if (node.keys.includes(key)) throw BAIL;
        let entry;
        if (text2.charCodeAt(at2) === 38) {
          entry = this.anchored(line, column, at2, end, depth);
        } else if (at2 === end || text2.charCodeAt(at2) === HASH) {
          const next2 = line + 1;
          if (next2 < this.end && this.indents[next2] > column) {
            entry = this.block(next2, this.indents[next2], depth + 1);
          } else if (next2 < this.end && this.indents[next2] === column && this.isDash(this.starts[next2] + column, this.ends[next2])) {
            entry = this.sequence(next2, column, depth + 1);
          } else {
            entry = [new FastScalar(-1, -1), null];
            this.line = next2;
          }
        } else {
          if (this.keyEnd(at2, end) >= 0) throw BAIL;
          entry = this.inline(at2, end, depth + 1);
          this.line = line + 1;
          lastInline = line;
        }
        node.keys.push(key);
        node.keyStarts.push(keyStart2);
        node.values.push(entry[0]);
        value[key] = entry[1];
      }
      const next = this.line;
      if (next >= this.end || this.indents[next] < column) break;
      if (this.indents[next] > column || this.isDash(this.starts[next] + column, this.ends[next])) throw BAIL;
      line = next;
    }
    node.end = lastInline >= 0 ? this.inlineNodeEnd(lastInline, column) : -1;
    return [node, value];
  }
  /**
   * A `<<` entry: `<<: *name` (a mapping anchored earlier in the document) or
   * `<<: &name` / `<<:` over a block mapping. Its keys are added where the
   * mapping has none of its own yet, as `yaml` merges. Returns the line of an
   * inline value (the alias), else -1.
   */
  merge(node, value, line, column, keyStart2, at2, depth) {
    const { text: text2 } = this;
    const end = this.ends[line];
    if (node.merge) throw BAIL;
    let source;
    let sourceValue;
    let mergeEnd;
    let inlineLine = -1;
    if (text2.charCodeAt(at2) === 42) {
      const nameEnd = this.nameEnd(at2 + 1, end);
      this.lineRest(nameEnd, end);
      const anchor = this.anchors.get(text2.slice(at2 + 1, nameEnd));
      if (!anchor || anchor.holdsAliases || ++this.aliases >= this.maxAliasCount || depth + anchor.height >= this.maxDepth - 1) throw BAIL;
      this.expandedValues += anchor.values;
      if (this.valueCount + this.expandedValues > 2 * text2.length + 8192) throw BAIL;
      this.expandedCharacters += anchor.characters;
      if (this.expandedCharacters > 2 * text2.length + 8192) throw BAIL;
      source = anchor.node;
      sourceValue = anchor.value;
      mergeEnd = nameEnd;
      this.line = line + 1;
      inlineLine = line;
    } else {
      let name;
      let rest = at2;
      if (text2.charCodeAt(at2) === 38) {
        rest = this.nameEnd(at2 + 1, end);
        name = text2.slice(at2 + 1, rest);
      }
      this.lineRest(rest, end);
      const next = line + 1;
      if (next >= this.end || this.indents[next] <= column) throw BAIL;
      const [block, blockValue] = name === void 0 ? this.block(next, this.indents[next], depth + 1) : this.anchoredBlock(name, next, depth + 1);
      if (!(block instanceof FastMap)) throw BAIL;
      source = block;
      sourceValue = blockValue;
      mergeEnd = block.end;
    }
    for (const key of Object.keys(sourceValue)) if (!Object.hasOwn(value, key)) value[key] = sourceValue[key];
    node.merge = { keyStart: keyStart2, end: mergeEnd, source };
    return inlineLine;
  }
  /** `key: &name` over a block mapping on the lines below. */
  anchored(line, column, at2, end, depth) {
    const nameEnd = this.nameEnd(at2 + 1, end);
    this.lineRest(nameEnd, end);
    const next = line + 1;
    if (next >= this.end || this.indents[next] <= column) throw BAIL;
    return this.anchoredBlock(this.text.slice(at2 + 1, nameEnd), next, depth + 1);
  }
  anchoredBlock(name, line, depth) {
    if (this.anchors.has(name)) throw BAIL;
    const [deepest, values2, aliases] = [this.deepest, this.valueCount, this.aliases];
    this.deepest = depth;
    const [node, value] = this.block(line, this.indents[line], depth);
    if (!(node instanceof FastMap)) throw BAIL;
    const height = this.deepest - depth + 1;
    this.deepest = Math.max(deepest, this.deepest);
    const characters = (this.line < this.starts.length ? this.starts[this.line] : this.text.length) - this.starts[line];
    this.anchors.set(name, { node, value, values: this.valueCount - values2, height, holdsAliases: this.aliases > aliases, characters });
    return [node, value];
  }
  /** End of an anchor's name: letters, digits, `-` and `_`, then a space or the line's end. */
  nameEnd(at2, end) {
    let i2 = at2;
    while (i2 < end && /[A-Za-z0-9_-]/.test(this.text[i2])) i2++;
    if (i2 === at2 || i2 < end && this.text.charCodeAt(i2) !== SPACE) throw BAIL;
    return i2;
  }
  /** Offset of the `:` that ends a plain implicit key starting at `at`, or -1 when the line holds no such key. */
  keyEnd(at2, end) {
    const { text: text2 } = this;
    const first = text2.charCodeAt(at2);
    if (first === 34 || first === 39) {
      const close = text2.indexOf(String.fromCharCode(first), at2 + 1);
      return close > 0 && close + 1 < end + 1 && text2.charCodeAt(close + 1) === COLON ? close + 1 : -1;
    }
    for (let i2 = at2; i2 < end; i2++) {
      const code = text2.charCodeAt(i2);
      if (code === COLON && (i2 + 1 === end || text2.charCodeAt(i2 + 1) === SPACE)) return i2;
      if (code === HASH && i2 > at2 && text2.charCodeAt(i2 - 1) === SPACE) return -1;
    }
    return -1;
  }
  /** A mapping key at `at`: its string and the offset of its `:`. */
  key(at2, end) {
    const { text: text2 } = this;
    const first = text2.charCodeAt(at2);
    if (first === 34 || first === 39) {
      const [key, after] = first === 34 ? this.doubleQuoted(at2, end) : this.singleQuoted(at2, end);
      if (text2.charCodeAt(after) !== COLON || after + 1 < end && text2.charCodeAt(after + 1) !== SPACE || after - at2 > MAX_KEY_LENGTH) throw BAIL;
      return [key, after];
    }
    const colon = this.keyEnd(at2, end);
    if (colon <= at2 || colon - at2 > MAX_KEY_LENGTH || text2.charCodeAt(colon - 1) === SPACE || !startsPlain(text2, at2)) throw BAIL;
    const source = text2.slice(at2, colon);
    if (typeof resolvePlain(source) !== "string") throw BAIL;
    return [source, colon];
  }
  /** A value on the rest of a line: a plain or quoted scalar, or a flow sequence of them. */
  inline(at2, end, depth) {
    const { text: text2 } = this;
    this.valueCount++;
    const first = text2.charCodeAt(at2);
    if (first === 91) return this.flowSequence(at2, end, depth);
    if (first === 34 || first === 39) {
      const [value, after] = first === 34 ? this.doubleQuoted(at2, end) : this.singleQuoted(at2, end);
      this.lineRest(after, end);
      return [new FastScalar(at2, after), value];
    }
    if (!startsPlain(text2, at2)) throw BAIL;
    let last = at2;
    for (let i2 = at2; i2 < end; i2++) {
      const code = text2.charCodeAt(i2);
      if (code === SPACE) {
        if (text2.charCodeAt(i2 + 1) === HASH) break;
        continue;
      }
      if (code === COLON && (i2 + 1 === end || text2.charCodeAt(i2 + 1) === SPACE)) throw BAIL;
      last = i2 + 1;
    }
    return [new FastScalar(at2, last), resolvePlain(text2.slice(at2, last))];
  }
  /** `[a, "b", c]` on one line, scalars only. */
  flowSequence(at2, end, depth) {
    if (depth >= this.maxDepth - 1) throw BAIL;
    const { text: text2 } = this;
    const node = new FastSeq();
    const value = [];
    node.start = at2;
    let i2 = at2 + 1;
    for (; ; ) {
      while (i2 < end && text2.charCodeAt(i2) === SPACE) i2++;
      if (i2 >= end) throw BAIL;
      const first = text2.charCodeAt(i2);
      if (first === 93 && node.items.length === 0) {
        i2++;
        break;
      }
      let item;
      let itemEnd;
      const itemStart = i2;
      if (first === 34 || first === 39) {
        [item, itemEnd] = first === 34 ? this.doubleQuoted(i2, end) : this.singleQuoted(i2, end);
        i2 = itemEnd;
      } else {
        if (!startsPlain(text2, i2) || first === 44 || first === 93) throw BAIL;
        itemEnd = i2;
        for (; i2 < end; i2++) {
          const code = text2.charCodeAt(i2);
          if (code === 44 || code === 93) break;
          if (code === 91 || code === 123 || code === 125 || code === 34 || code === 39 || code === COLON || code === HASH) throw BAIL;
          if (code !== SPACE) itemEnd = i2 + 1;
        }
        item = resolvePlain(text2.slice(itemStart, itemEnd));
      }
      node.items.push(new FastScalar(itemStart, itemEnd));
      value.push(item);
      while (i2 < end && text2.charCodeAt(i2) === SPACE) i2++;
      const separator = text2.charCodeAt(i2);
      i2++;
      if (separator === 93) break;
      if (separator !== 44) throw BAIL;
      while (i2 < end && text2.charCodeAt(i2) === SPACE) i2++;
      if (text2.charCodeAt(i2) === 93) throw BAIL;
    }
    node.end = i2;
    this.valueCount += 1 + node.items.length;
    this.lineRest(i2, end);
    return [node, value];
  }
  /** After a value: nothing but spaces and a comment. */
  lineRest(at2, end) {
    const { text: text2 } = this;
    let i2 = at2;
    while (i2 < end && text2.charCodeAt(i2) === SPACE) i2++;
    if (i2 < end && (text2.charCodeAt(i2) !== HASH || i2 === at2)) throw BAIL;
  }
  singleQuoted(at2, end) {
    const { text: text2 } = this;
    let out = "";
    let from = at2 + 1;
    for (; ; ) {
      const close = text2.indexOf("'", from);
      if (close < 0 || close >= end) throw BAIL;
      out += text2.slice(from, close);
      if (text2.charCodeAt(close + 1) !== 39) return [out, close + 1];
      out += "'";
      from = close + 2;
    }
  }
  doubleQuoted(at2, end) {
    const { text: text2 } = this;
    let out = "";
    let from = at2 + 1;
    for (let i2 = from; i2 < end; i2++) {
      const code = text2.charCodeAt(i2);
      if (code === 34) return [out + text2.slice(from, i2), i2 + 1];
      if (code !== 92) continue;
      out += text2.slice(from, i2);
      const escape = text2[i2 + 1];
      const simple = escape === void 0 ? void 0 : SIMPLE_ESCAPES[escape];
      if (simple !== void 0) {
        out += simple;
        i2 += 1;
      } else if (escape === "x" || escape === "u") {
        const length = escape === "x" ? 2 : 4;
        const hex = text2.slice(i2 + 2, i2 + 2 + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw BAIL;
        const code2 = parseInt(hex, 16);
        if (code2 >= 55296 && code2 <= 57343) throw BAIL;
        out += String.fromCharCode(code2);
        i2 += 1 + length;
      } else throw BAIL;
      from = i2 + 1;
    }
    throw BAIL;
  }
};
var SIMPLE_ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	", r: "\r", "0": "\0", b: "\b", f: "\f" };
function startsPlain(text2, at2) {
  const code = text2.charCodeAt(at2);
  if (code === DASH) {
    const next = text2.charCodeAt(at2 + 1);
    return next >= 48 && next <= 57 || next === 46;
  }
  return !"?:,[]{}#&*!|>'\"%@`".includes(text2[at2]);
}
function isDateLike(source) {
  if (source.length < 5 || source.charCodeAt(4) !== DASH) return false;
  for (let i2 = 0; i2 < 4; i2++) {
    const code = source.charCodeAt(i2);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  const maybeOther = first >= 48 && first <= 57 || first === 43 || first === DASH || first === 46 || first === 126 || "nNtTfF".includes(source[0]);
  if (!maybeOther || isDateLike(source)) return source;
  if (/^(?:~|[Nn]ull|NULL)$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(source)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(source)) return false;
  let number;
  if (/^0o[0-7]+$/.test(source)) number = parseInt(source.substring(2), 8);
  else if (/^[-+]?[0-9]+$/.test(source)) number = parseInt(source, 10);
  else if (/^0x[0-9a-fA-F]+$/.test(source)) number = parseInt(source.substring(2), 16);
  else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) throw BAIL;
  else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) number = parseFloat(source);
  if (number === void 0) return source;
  if (!Number.isFinite(number) || Object.is(number, -0)) throw BAIL;
  return number;
}

// src/load/source.ts
var import_yaml = __toESM(require_dist(), 1);

// src/base/arrays.ts
function exactly(items) {
  return items.length === 0 ? items : items.slice();
}

// src/load/source.ts
var SourceFile = class _SourceFile {
  constructor(path, absolutePath, text2, lineCounter, syntaxTrees) {
    this.path = path;
    this.absolutePath = absolutePath;
    this.#text = text2;
    this.#lineCounter = lineCounter;
    this.#syntaxTrees = syntaxTrees;
    this.#fastTrees = void 0;
    this.#reparse = void 0;
  }
  path;
  absolutePath;
  #documents = [];
  #text;
  #lineCounter;
  #syntaxTrees;
  #restore;
  #fastTrees;
  #reparse;
  /** Regions placed while the file was whole (`pinRegions`), by document and path; kept when the rest is released. */
  #pinned;
  /**
   * A file the fast path read (fast-yaml.ts): `fastTrees` place its scalars;
   * its line index and `yaml` syntax trees are made from its text only when
   * a position needs them (`reparse` parses it with `yaml`).
   */
  static fast(path, absolutePath, text2, fastTrees, reparse) {
    const file = new _SourceFile(path, absolutePath, text2, void 0);
    file.#fastTrees = fastTrees;
    file.#reparse = reparse;
    return file;
  }
  /** The file's documents, in file order; the loaders add them, then `settleDocuments`. */
  get documents() {
    return this.#documents;
  }
  /** Once every document is in: drops the room `push` left in the list (see `exactly`). */
  settleDocuments() {
    this.#documents = exactly(this.#documents);
  }
  get text() {
    if (this.#text === void 0) this.#restored();
    return this.#text;
  }
  get lineCounter() {
    if (this.#text === void 0 && this.#restore) this.#restored();
    if (this.#lineCounter === void 0 && this.#text !== void 0 && this.#reparse) {
      if (this.#fastTrees) this.#lineCounter = lineCounterOf(this.#text);
      else this.#reparsed();
    }
    return this.#lineCounter;
  }
  get syntaxTrees() {
    if (this.#syntaxTrees === void 0 && this.#text === void 0 && this.#restore) this.#restored();
    if (this.#syntaxTrees === void 0 && this.#text !== void 0 && this.#reparse) this.#reparsed();
    return this.#syntaxTrees;
  }
  #reparsed() {
    const { lineCounter, syntaxTrees } = this.#reparse(this.#text);
    this.#syntaxTrees = syntaxTrees;
    if (!this.#fastTrees) this.#lineCounter ??= lineCounter;
  }
  /** The fast path's scalar positions of a document; a released file is read again for them. */
  fastTreeOf(index) {
    if (this.#text === void 0 && this.#restore) this.#restored();
    return this.#fastTrees?.[index];
  }
  /** The region `pin` kept for a path of a document, if any. */
  pinnedRegion(index, path) {
    return this.#pinned?.get(pinKey(index, path));
  }
  pin(index, path, region) {
    (this.#pinned ??= /* @__PURE__ */ new Map()).set(pinKey(index, path), region);
  }
  /**
   * Lets `releaseSyntax` drop the text, line index and trees; `restore` must
   * give back exactly what was parsed the first time (the parser sets it only
   * when it can promise that).
   */
  set restore(restore) {
    this.#restore = restore;
  }
  get releasable() {
    return this.#restore !== void 0;
  }
  release() {
    if (!this.#restore) return;
    this.#text = void 0;
    this.#lineCounter = void 0;
    this.#syntaxTrees = void 0;
    this.#fastTrees = void 0;
    this.#reparse = void 0;
  }
  #restored() {
    const restored = this.#restore();
    this.#text = restored.text;
    if ("reparse" in restored) {
      this.#fastTrees = restored.fastTrees;
      this.#reparse = restored.reparse;
    } else {
      this.#lineCounter = restored.lineCounter;
      this.#syntaxTrees = restored.syntaxTrees;
    }
  }
};
function pinKey(index, path) {
  return JSON.stringify([index, ...path]);
}
function lineCounterOf(text2) {
  const lineCounter = new import_yaml.LineCounter();
  lineCounter.addNewLine(0);
  for (let newline = text2.indexOf("\n"); newline >= 0; newline = text2.indexOf("\n", newline + 1)) lineCounter.addNewLine(newline + 1);
  return lineCounter;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
function syntaxOf(document) {
  return document.file.syntaxTrees?.[document.index];
}
function releaseSyntax(file) {
  file.release();
}
function textsByPath(files, quotable = () => true) {
  return new TextsByPath(new Map(files.map((file) => [file.path, file])), quotable);
}
var TextsByPath = class {
  constructor(files, quotable) {
    this.files = files;
    this.quotable = quotable;
  }
  files;
  quotable;
  get size() {
    return this.files.size;
  }
  get(path) {
    const file = this.files.get(path);
    return file ? this.textOf(file) : void 0;
  }
  has(path) {
    return this.files.has(path);
  }
  keys() {
    return this.files.keys();
  }
  *values() {
    for (const [, text2] of this.entries()) yield text2;
  }
  *entries() {
    for (const [path, file] of this.files) {
      const text2 = this.textOf(file);
      if (text2 !== void 0) yield [path, text2];
    }
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback) {
    for (const [path, text2] of this.entries()) callback(text2, path, this);
  }
  textOf(file) {
    return this.quotable(file) ? file.text : void 0;
  }
};

// src/load/positions.ts
function regionOf(document, path) {
  const pinned = document.file.pinnedRegion(document.index, path);
  if (pinned) return { ...pinned };
  const fast = document.file.fastTreeOf(document.index);
  const fastRangeOfPath = fast && fastRange(fast, path);
  if (fastRangeOfPath) return toRegion(document.file.lineCounter, fastRangeOfPath);
  const node = syntaxOf(document);
  if (!node) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const range = rangeOf(node, path) ?? documentStart(node);
  return toRegion(document.file.lineCounter, range);
}
function pinRegions(document, paths) {
  for (const path of paths) document.file.pin(document.index, path, regionOf(document, path));
}
function toRegion(lineCounter, [start, end]) {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function documentStart(document) {
  const start = document.contents?.range?.[0] ?? document.range[0];
  return [start, start];
}
function rangeOf(document, path) {
  let node = document.contents;
  let best = nodeRange(node);
  let placeOfUse;
  for (const segment of path) {
    if ((0, import_yaml2.isAlias)(node)) {
      placeOfUse ??= nodeRange(node);
      node = resolveAlias(document, node);
    }
    const step = childOf2(document, node, segment);
    if (!step) break;
    if (step.via) placeOfUse ??= step.via;
    node = step.node;
    best = step.range;
  }
  return placeOfUse ?? best;
}
function childOf2(document, node, segment, depth = 0) {
  if ((0, import_yaml2.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { node: item, range: nodeRange(item) };
  }
  if (!(0, import_yaml2.isMap)(node) || depth > 32) return void 0;
  for (const pair of node.items) {
    if (!isMergeKey(pair) && (0, import_yaml2.isScalar)(pair.key) && String(pair.key.value) === String(segment)) {
      return { node: pair.value, range: pairRange(pair) };
    }
  }
  for (const pair of node.items) {
    if (!isMergeKey(pair)) continue;
    const sources = (0, import_yaml2.isSeq)(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = (0, import_yaml2.isAlias)(source) ? resolveAlias(document, source) : source;
      const found = childOf2(document, target, segment, depth + 1);
      if (found) return { ...found, via: pairRange(pair) };
    }
  }
  return void 0;
}
var resolvedAliases = /* @__PURE__ */ new WeakMap();
function resolveAlias(document, alias) {
  if (!resolvedAliases.has(alias)) resolvedAliases.set(alias, alias.resolve(document));
  return resolvedAliases.get(alias);
}
function isMergeKey(pair) {
  return (0, import_yaml2.isScalar)(pair.key) && (typeof pair.key.value === "symbol" || pair.key.source === "<<");
}
function pairRange(pair) {
  const key = nodeRange(pair.key);
  const value = nodeRange(pair.value);
  if (key && value) return [key[0], value[1]];
  return key ?? value;
}
function nodeRange(node) {
  if ((0, import_yaml2.isPair)(node)) return pairRange(node);
  const range = node?.range;
  return range ? [range[0], range[1]] : void 0;
}

// src/load/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 2097152,
  maxDepth: 64,
  maxAliasCount: 1e3
};
var MAX_DOCUMENTS_PER_FILE = 1e4;
var LIMIT_CEILINGS = {
  maxFileBytes: 16777216,
  // The yaml composer recurses once per level: about 800 levels overflow the stack under a test runner.
  maxDepth: 256,
  maxAliasCount: 1e5
};
var EXPANDED_VALUES_PER_CHARACTER = 4;
var EXPANDED_VALUES_FLOOR = 16384;
var EXPANDED_CHARACTERS_PER_CHARACTER = 4;
var EXPANDED_CHARACTERS_FLOOR = 1048576;
function valueBudgetFor(text2) {
  return {
    remaining: EXPANDED_VALUES_PER_CHARACTER * text2.length + EXPANDED_VALUES_FLOOR,
    characters: EXPANDED_CHARACTERS_PER_CHARACTER * text2.length + EXPANDED_CHARACTERS_FLOOR
  };
}
function syntaxDepthOver(document, maxDepth) {
  const root = document.value;
  if (!isCollectionToken(root)) return void 0;
  if (maxDepth < 0) return { kind: "depth", offset: root.offset };
  const open2 = [root];
  const steps = [0];
  while (open2.length > 0) {
    const top = open2.length - 1;
    const step = steps[top]++;
    const item = open2[top].items[step >> 1];
    if (!item) {
      open2.pop();
      steps.pop();
      continue;
    }
    const child2 = step & 1 ? item.value : item.key;
    if (!isCollectionToken(child2)) continue;
    if (open2.length > maxDepth) return { kind: "depth", offset: child2.offset };
    open2.push(child2);
    steps.push(0);
  }
  return void 0;
}
function isCollectionToken(token) {
  return !!token && (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection");
}
function composedLimitBreach(document, limits, budget) {
  const anchors = /* @__PURE__ */ new Map();
  const measured = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set();
  let totalExpansions = 0;
  let totalValues = 0;
  let totalCharacters = 0;
  const stack = [];
  const visit2 = (node, depth, parent) => {
    if ((0, import_yaml3.isAlias)(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (!target) return { kind: "unresolved-alias", offset };
      if (open2.has(target)) return { kind: "cycle", offset };
      const inner = measured.get(target) ?? { expansions: 0, values: 1, characters: 0, height: 0 };
      const expansions = 1 + inner.expansions;
      totalExpansions += expansions;
      totalValues += inner.values;
      totalCharacters += inner.characters;
      if (totalExpansions > limits.maxAliasCount) return { kind: "aliases", offset };
      if (totalValues > budget.remaining) return { kind: "expanded-size", offset };
      if (totalCharacters > budget.characters) return { kind: "expanded-text", offset };
      if (inner.height > 0 && depth + inner.height - 1 > limits.maxDepth) return { kind: "depth", offset };
      fold(parent, expansions, inner.values, inner.characters, inner.height);
      return void 0;
    }
    const anchor = node?.anchor;
    if (anchor && node) anchors.set(anchor, node);
    totalValues += 1;
    const characters = (0, import_yaml3.isScalar)(node) && typeof node.value === "string" ? node.value.length : 0;
    totalCharacters += characters;
    if (!(0, import_yaml3.isMap)(node) && !(0, import_yaml3.isSeq)(node)) {
      if (anchor && node) measured.set(node, { expansions: 0, values: 1, characters, height: 0 });
      fold(parent, 0, 1, characters, 0);
      return void 0;
    }
    if (depth > limits.maxDepth) return { kind: "depth", offset: node.range?.[0] ?? 0 };
    open2.add(node);
    stack.push({ node, depth, step: 0, measure: { expansions: 0, values: 1, characters, height: 0 }, parent });
    return void 0;
  };
  const rootBreach = visit2(document.contents, 0, void 0);
  if (rootBreach) return rootBreach;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { node, depth } = frame;
    let child2;
    let childDepth = depth + 1;
    let found = false;
    if ((0, import_yaml3.isSeq)(node)) {
      if (frame.step < node.items.length) {
        child2 = node.items[frame.step++];
        found = true;
      }
    } else {
      while (!found && frame.step < 2 * node.items.length) {
        const pair = node.items[frame.step >> 1];
        const isValue = (frame.step & 1) === 1;
        frame.step++;
        if (!(0, import_yaml3.isPair)(pair)) continue;
        const merged = isMergeKey(pair);
        if (!isValue && merged) continue;
        child2 = isValue ? pair.value : pair.key;
        if (isValue && merged) childDepth = depth;
        found = true;
      }
    }
    if (found) {
      const breach = visit2(child2, childDepth, frame.measure);
      if (breach) return breach;
      continue;
    }
    stack.pop();
    open2.delete(node);
    frame.measure.height += 1;
    if (node.anchor) measured.set(node, frame.measure);
    fold(frame.parent, frame.measure.expansions, frame.measure.values, frame.measure.characters, frame.measure.height);
  }
  budget.remaining -= totalValues;
  budget.characters -= totalCharacters;
  return void 0;
}
function fold(parent, expansions, values2, characters, height) {
  if (!parent) return;
  parent.expansions += expansions;
  parent.values += values2;
  parent.characters += characters;
  if (height > parent.height) parent.height = height;
}

// src/load/find-root.ts
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve2 } from "node:path";
function configFolderAbove(start) {
  for (let folder = resolve2(start); ; folder = dirname(folder)) {
    if (CONFIG_FILE_NAMES.some((name) => existsSync(join2(folder, name)))) return folder;
    if (dirname(folder) === folder) return void 0;
  }
}
function gitWorkTreeAbove(start) {
  for (let folder = resolve2(start); ; folder = dirname(folder)) {
    if (existsSync(join2(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return void 0;
  }
}
function repositoryOfFiles(cwd, given) {
  const absolute = given.map((file) => resolve2(cwd, file));
  absolute.forEach((file, index) => {
    if (!existsSync(file)) throw new UsageError(`cannot validate ${given[index]}: no such file or folder`);
    if (statSync(file).isDirectory()) throw new UsageError(`cannot validate ${given[index]} with other paths: give one root folder, or files only`);
  });
  const first = dirname(absolute[0]);
  const root = configFolderAbove(first) ?? gitWorkTreeAbove(first);
  if (root === void 0) {
    throw new UsageError(`cannot tell which config repository holds ${given[0]}: no abm-gitops.yml in its folder or above, and it is not inside a git work tree`);
  }
  const files = absolute.map((file, index) => {
    const inside = relative2(root, file);
    if (inside.startsWith("..") || isAbsolute2(inside)) {
      throw new UsageError(`${given[index]} is outside the config repository at ${relative2(cwd, root) || "."} that holds ${given[0]}: validate one repository at a time`);
    }
    return inside.split(/[\\/]/).join("/");
  });
  return { root, files };
}

// src/load/yaml-edit.ts
import { isDeepStrictEqual } from "node:util";

// src/load/parse.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { hash } from "node:crypto";

// src/load/compact.ts
function compactValue(value) {
  const json = exactJson(value);
  return json === void 0 ? value : shareStrings(JSON.parse(json));
}
function valueFromJson(json) {
  return shareStrings(JSON.parse(json));
}
var SHORTEST_UNSHARED = 11;
var LONGEST_SHARED = 63;
var MAX_EVERYWHERE = 32768;
var RECENT = 8192;
var everywhere = /* @__PURE__ */ new Map();
var recent = /* @__PURE__ */ new Map();
var recentText = [];
var recentValue = [];
var values = 0;
function shared(text2) {
  const known = everywhere.get(text2);
  if (known !== void 0) return known;
  const slot = recent.get(text2);
  if (slot !== void 0) {
    const first = recentText[slot];
    if (recentValue[slot] !== values && everywhere.size < MAX_EVERYWHERE) everywhere.set(first, first);
    return first;
  }
  if (recent.size >= RECENT) recent = /* @__PURE__ */ new Map();
  const next = recent.size;
  recent.set(text2, next);
  recentText[next] = text2;
  recentValue[next] = values;
  return text2;
}
function shareable(value) {
  return typeof value === "string" && value.length >= SHORTEST_UNSHARED && value.length <= LONGEST_SHARED;
}
function shareStrings(root) {
  values++;
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (shareable(item)) value[index] = shared(item);
        else if (typeof item === "object" && item !== null) stack.push(item);
      }
      continue;
    }
    const object = value;
    for (const key in object) {
      const item = object[key];
      if (shareable(item)) object[key] = shared(item);
      else if (typeof item === "object" && item !== null) stack.push(item);
    }
  }
  return typeof root === "string" && shareable(root) ? shared(root) : root;
}
function exactJson(value) {
  try {
    return isExactInJson(value) ? JSON.stringify(value) : void 0;
  } catch {
    return void 0;
  }
}
var MAX_JSON_STRING_CHARACTERS = 64 * 1024 * 1024;
function isExactInJson(root) {
  const stack = [root];
  let characters = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    switch (typeof value) {
      case "string":
        characters += value.length;
        if (characters > MAX_JSON_STRING_CHARACTERS) return false;
        continue;
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(value) || Object.is(value, -0)) return false;
        continue;
      case "object":
        if (value === null) continue;
        if (Array.isArray(value)) {
          for (const item of value) stack.push(item);
          continue;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) return false;
        for (const key in value) {
          characters += key.length;
          stack.push(value[key]);
        }
        continue;
      default:
        return false;
    }
  }
  return true;
}

// src/load/indentation.ts
var INDENTATION_MESSAGES = [
  "Sequence item without - indicator",
  "All mapping items must start at the same column",
  "All sequence items must start at the same column",
  "Implicit keys need to be on a single line",
  "Nested mappings are not allowed in compact mappings",
  "A block sequence may not be used as an implicit map key"
];
function explainIndentation(text2, lineCounter, document, detail2, errorOffset) {
  if (!INDENTATION_MESSAGES.some((known) => detail2.startsWith(known))) return void 0;
  const start = text2.lastIndexOf("\n", document[0] - 1) + 1;
  const firstLine = lineCounter.linePos(start).line - 1;
  const lines = text2.slice(start, Math.max(document[1], errorOffset + 1)).split(/\r?\n/);
  const found = strayLineIndex(lines, lineCounter.linePos(errorOffset).line - 1 - firstLine, lineCounter.linePos(errorOffset).col);
  if (found === void 0) return void 0;
  const stray = found;
  const indent = leadingSpaces(lines[stray]);
  const levels = levelsAbove(lines, stray);
  if (levels.length === 0 || levels.some((level) => level.indent === indent)) return void 0;
  const deeper = levels.filter((level) => level.indent > indent).sort((a2, b2) => a2.indent - b2.indent)[0];
  const shallower = levels.filter((level) => level.indent < indent).sort((a2, b2) => b2.indent - a2.indent)[0];
  const options = [deeper, shallower].filter((level) => level !== void 0).map((level) => describeLevel(level, firstLine));
  const lineNumber = firstLine + stray + 1;
  return {
    message: `Line ${lineNumber} is indented by ${spaces(indent)}, which lines up with no key or list item above it, so YAML cannot tell which entry it belongs to (the parser says: ${detail2}). Indent it to the column of the entry it belongs with: ${options.join(", or ")}.`,
    region: indent > 0 ? { line: lineNumber, column: 1, endLine: lineNumber, endColumn: indent + 1 } : { line: lineNumber, column: 1, endLine: lineNumber, endColumn: 2 }
  };
}
function describeLevel(level, firstLine) {
  const lineNumber = firstLine + level.line + 1;
  const key = keyOf(level.text);
  return key === void 0 ? `${spaces(level.indent)}, like line ${lineNumber}` : `${spaces(level.indent)}, like \`${key}\` on line ${lineNumber}`;
}
function spaces(count) {
  return count === 1 ? "1 space" : `${count} spaces`;
}
function keyOf(line) {
  const match = /^((?:-\s+)*)([A-Za-z0-9_.@/-]{1,40}):(\s|$)/.exec(line.trim());
  if (match) return `${match[1].replace(/\s+/g, " ")}${match[2]}:`;
  return /^-(\s|$)/.test(line.trim()) ? "-" : void 0;
}
function strayLineIndex(lines, errorLine, errorColumn) {
  const current = lines[errorLine] ?? "";
  let index = errorColumn <= leadingSpaces(current) + 1 && hasContent(current) ? errorLine : errorLine + 1;
  while (index < lines.length && !hasContent(lines[index])) index++;
  return index < lines.length && !isDocumentMarker(lines[index]) ? index : void 0;
}
function levelsAbove(lines, stray) {
  const levels = [];
  let lowest = Infinity;
  for (let index = stray - 1; index >= 0 && lowest > 0; index--) {
    const line = lines[index];
    if (isDocumentMarker(line)) break;
    if (!hasContent(line)) continue;
    const indent = leadingSpaces(line);
    if (indent >= lowest) continue;
    if (/[|>][-+1-9]*\s*(#.*)?$/.test(line)) removeDeeper(levels, indent);
    levels.push({ indent, line: index, text: line });
    const item = /^(\s*-\s+)\S/.exec(line);
    if (item && item[1].length < lowest) levels.push({ indent: item[1].length, line: index, text: line });
    lowest = indent;
  }
  return levels;
}
function removeDeeper(levels, indent) {
  for (let index = levels.length - 1; index >= 0; index--) if (levels[index].indent > indent) levels.splice(index, 1);
}
function hasContent(line) {
  const trimmed2 = line.trim();
  return trimmed2 !== "" && !trimmed2.startsWith("#");
}
function isDocumentMarker(line) {
  return /^(---|\.\.\.)(\s|$)/.test(line);
}
function leadingSpaces(line) {
  return /^ */.exec(line)[0].length;
}

// src/load/parse.ts
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (utf16Encoding(bytes)) return { problem: "this file is UTF-16 text: save it as UTF-8" };
  if (bytes.includes(0)) return { problem: "this is a binary file (it contains NUL bytes), not YAML text" };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: "this file is not valid UTF-8 text: save it as UTF-8" };
  }
}
function utf16Encoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return void 0;
}
function parseSource(path, absolutePath, text2, limits, reload, {
  fastPath = true,
  copied = false
} = {}) {
  const keep = copied ? (value) => value : compactValue;
  const fast = fastPath ? fastParse(text2, limits) : void 0;
  if (fast) {
    const file2 = SourceFile.fast(
      path,
      absolutePath,
      text2,
      fast.map((document) => document.tree),
      syntaxTreesOf
    );
    for (const { value } of fast) file2.documents.push({ file: file2, index: file2.documents.length, value: keep(value) });
    file2.settleDocuments();
    if (reload) file2.restore = restorer(reload, fingerprintOf(text2), limits);
    return { file: file2, problems: [] };
  }
  const lineCounter = new import_yaml4.LineCounter();
  const syntaxTrees = [];
  const file = new SourceFile(path, absolutePath, text2, lineCounter, syntaxTrees);
  const problems = [];
  const at2 = (start, end = start) => toRegion(lineCounter, [start, end]);
  const tooDeep = /* @__PURE__ */ new Map();
  const budget = valueBudgetFor(text2);
  const take = (node) => {
    const document = { file, index: file.documents.length, value: void 0 };
    file.documents.push(document);
    syntaxTrees.push(node);
    const mayHoldAliases = text2.slice(node.range[0], node.range[2]).includes("*");
    const outcome = readDocument(
      node,
      tooDeep.get(document.index),
      mayHoldAliases,
      limits,
      budget,
      at2,
      keep,
      (error) => explainIndentation(text2, lineCounter, node.range, yamlErrorDetail(error), error.pos[0])
    );
    if ("problem" in outcome) problems.push(outcome.problem);
    else document.value = outcome.value;
  };
  withoutStackTraces(() => {
    const parser = new import_yaml4.Parser(lineCounter.addNewLine);
    const composer = newComposer();
    let documentTokens = 0;
    for (let token of parser.parse(text2)) {
      if (token.type === "document") {
        if (++documentTokens > MAX_DOCUMENTS_PER_FILE) {
          problems.push({
            ruleId: "input-limit",
            message: `This file holds more than ${MAX_DOCUMENTS_PER_FILE} YAML documents, so the rest was not read: split it into smaller files.`,
            region: at2(token.offset)
          });
          break;
        }
        const breach = syntaxDepthOver(token, limits.maxDepth);
        if (breach) {
          tooDeep.set(documentTokens - 1, breach);
          token = { ...token, value: void 0 };
        }
      }
      for (const node of composer.next(token)) take(node);
    }
    for (const node of composer.end()) take(node);
  });
  file.settleDocuments();
  if (problems.length === 0 && reload) file.restore = restorer(reload, fingerprintOf(text2), limits);
  return { file, problems };
}
function restorer(reload, fingerprint2, limits) {
  return () => {
    const text2 = reload();
    if (text2 !== void 0 && fingerprintOf(text2) === fingerprint2) {
      const fast = fastParse(text2, limits);
      return { text: text2, fastTrees: fast?.map((document) => document.tree), reparse: syntaxTreesOf };
    }
    const lineCounter = new import_yaml4.LineCounter();
    lineCounter.addNewLine(0);
    return { text: "", lineCounter, syntaxTrees: [] };
  };
}
function syntaxTreesOf(text2) {
  const lineCounter = new import_yaml4.LineCounter();
  const syntaxTrees = [];
  withoutStackTraces(() => {
    const parser = new import_yaml4.Parser(lineCounter.addNewLine);
    const composer = newComposer();
    for (const token of parser.parse(text2)) for (const node of composer.next(token)) syntaxTrees.push(node);
    for (const node of composer.end()) syntaxTrees.push(node);
  });
  return { text: text2, lineCounter, syntaxTrees };
}
function newComposer() {
  const composer = new import_yaml4.Composer({ merge: true, uniqueKeys: false });
  keepFirstErrors(composer);
  return composer;
}
function fingerprintOf(text2) {
  return hash("sha1", text2, "base64");
}
function releasedSource(path, absolutePath, fingerprint2, limits, reload) {
  const file = new SourceFile(path, absolutePath, "", new import_yaml4.LineCounter(), []);
  file.restore = restorer(reload, fingerprint2, limits);
  file.release();
  return file;
}
function readDocument(node, syntaxBreach, mayHoldAliases, limits, budget, at2, keep, explain) {
  const refuse = (problem) => ({ problem });
  if (syntaxBreach) return refuse(limitProblem(syntaxBreach, limits, at2));
  const error = node.errors[0];
  const duplicateAt = firstDuplicateKey(node);
  if (duplicateAt !== void 0 && (!error || duplicateAt < error.pos[0])) {
    return refuse({ ruleId: "yaml-syntax", message: DUPLICATE_KEY_MESSAGE, region: at2(duplicateAt, duplicateAt + 1) });
  }
  if (error) {
    if (error.code === "RESOURCE_EXHAUSTION") return refuse(limitProblem({ kind: "depth", offset: error.pos[0] }, limits, at2));
    const indentation = explain(error);
    if (indentation) return refuse({ ruleId: "yaml-syntax", ...indentation });
    return refuse({ ruleId: "yaml-syntax", message: describeYamlError(error), region: at2(...error.pos) });
  }
  const breach = mayHoldAliases ? composedLimitBreach(node, limits, budget) : void 0;
  if (breach) return refuse(limitProblem(breach, limits, at2));
  try {
    return { value: keep(node.toJS({ maxAliasCount: limits.maxAliasCount })) };
  } catch (cause) {
    const aliases = cause instanceof ReferenceError && /excessive alias/i.test(cause.message);
    return refuse({
      ruleId: aliases ? "input-limit" : "yaml-syntax",
      message: aliases ? limitMessage("aliases", limits) : `This document cannot be read: ${firstLineOf(cause.message).trim()}`,
      region: at2(node.contents?.range[0] ?? node.range[0])
    });
  }
}
function limitProblem(breach, limits, at2) {
  return {
    ruleId: breach.kind === "unresolved-alias" ? "yaml-syntax" : "input-limit",
    message: limitMessage(breach.kind, limits),
    region: at2(breach.offset)
  };
}
function limitMessage(kind, limits) {
  switch (kind) {
    case "depth":
      return `This document nests deeper than ${limits.maxDepth} levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.`;
    case "aliases":
      return `This document expands more than ${limits.maxAliasCount} aliases (limits.maxAliasCount), as an alias bomb would: remove the nested aliases or raise the limit.`;
    case "expanded-size":
      return `This file grows to more than ${EXPANDED_VALUES_PER_CHARACTER} values per character of its text once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.`;
    case "expanded-text":
      return `This file grows to more than ${EXPANDED_CHARACTERS_PER_CHARACTER} characters of text per character of its own once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.`;
    case "cycle":
      return "This alias sits inside the node it names, which makes the document infinitely deep: point it at another anchor.";
    case "unresolved-alias":
      return "YAML syntax error: this alias names no anchor defined before it.";
  }
}
var DUPLICATE_KEY_MESSAGE = "Map keys must be unique: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.";
function firstDuplicateKey(document) {
  let first;
  const stack = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml4.isSeq)(node)) {
      for (const item of node.items) if ((0, import_yaml4.isCollection)(item)) stack.push(item);
    }
    if (!(0, import_yaml4.isMap)(node)) continue;
    const pairs = node.items;
    const seen = pairs.length > SMALL_MAPPING ? /* @__PURE__ */ new Set() : void 0;
    for (let index = 0; index < pairs.length; index++) {
      const { key, value } = pairs[index];
      if ((0, import_yaml4.isCollection)(key)) stack.push(key);
      if ((0, import_yaml4.isCollection)(value)) stack.push(value);
      if (!(0, import_yaml4.isScalar)(key) || Number.isNaN(key.value)) continue;
      const repeated = seen ? seen.has(key.value) : keyBefore(pairs, index, key.value);
      if (repeated) {
        const offset = key.range?.[0] ?? 0;
        if (first === void 0 || offset < first) first = offset;
      }
      seen?.add(key.value);
    }
  }
  return first;
}
var SMALL_MAPPING = 8;
function keyBefore(pairs, end, value) {
  for (let index = 0; index < end; index++) {
    const { key } = pairs[index];
    if ((0, import_yaml4.isScalar)(key) && key.value === value) return true;
  }
  return false;
}
function keepFirstErrors(composer) {
  const internals = composer;
  const report = internals.onError;
  if (typeof report !== "function" || !Array.isArray(internals.errors)) return;
  internals.onError = (source, code, message, warning) => {
    if (warning || internals.errors.length === 0) report(source, code, message, warning);
  };
}
function withoutStackTraces(parse) {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parse();
  } finally {
    Error.stackTraceLimit = saved;
  }
}
function fileStartProblem(ruleId, message) {
  return { ruleId, message, region: FILE_START };
}
function yamlErrorDetail(error) {
  return firstLineOf(error.message).trim().replace(/ at line \d+, column \d+:?$/, "");
}
function describeYamlError(error) {
  const detail2 = yamlErrorDetail(error);
  switch (error.code) {
    case "TAB_AS_INDENT":
      return `${detail2}: YAML indentation must use spaces, not tabs.`;
    default:
      return `YAML syntax error: ${detail2}.`.replace(/\.\.$/, ".");
  }
}

// src/load/yaml-edit.ts
var import_yaml5 = __toESM(require_dist(), 1);
var YamlEditError = class extends Error {
  name = "YamlEditError";
};
var DocumentUnreadable = class extends YamlEditError {
};
function editYaml(text2, edits, options = {}) {
  const documentIndex = options.documentIndex ?? 0;
  const caller = options.caller ?? "editYaml";
  const range = documentRange(text2, documentIndex);
  if (range === void 0) return editDocument(text2, edits, documentIndex, documentIndex, caller);
  const slice = text2.slice(range.start, range.end);
  let edited;
  try {
    edited = editDocument(slice, edits, 0, documentIndex, caller);
  } catch (error) {
    if (error instanceof DocumentUnreadable) return editDocument(text2, edits, documentIndex, documentIndex, caller);
    throw error;
  }
  if (markerLines(edited) !== markerLines(slice)) {
    throw new Error(`${caller}: could not edit ${describePath(edits[0]?.path ?? [])} in place without changing where documents start or end`);
  }
  return text2.slice(0, range.start) + edited + text2.slice(range.end);
}
function editDocument(text2, edits, documentIndex, shownIndex, caller) {
  let edited = text2;
  for (const edit of edits) {
    const doc = parseWholeDocument(edited, documentIndex, caller);
    edited = applySplice(edited, spliceFor(edited, doc, edit, `${caller}: ${describePath(edit.path)} in document ${shownIndex}`, caller));
  }
  verifyEdit(text2, edited, edits, documentIndex, shownIndex, caller);
  return edited;
}
function markerLines(text2) {
  return (text2.match(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)|^%/gm) ?? []).join("|");
}
function documentRange(text2, index) {
  let count = 0;
  let start;
  let offset = 0;
  let atScalar = false;
  let filled = false;
  let ended = false;
  const begin = (at2) => {
    if (start !== void 0) return { start, end: at2 };
    if (count++ === index) start = at2;
    filled = ended = false;
    return void 0;
  };
  for (const lexeme of new import_yaml5.Lexer().lex(text2)) {
    if (atScalar) atScalar = false;
    else if (lexeme === "") {
      atScalar = filled = true;
      continue;
    } else if (lexeme === "") {
      const found = begin(offset);
      if (found) return found;
      continue;
    } else if (lexeme === "") continue;
    else if (lexeme === "---" && filled) {
      const found = begin(offset);
      if (found) return found;
      filled = true;
    } else if (lexeme.startsWith("%") && start !== void 0 && ended) {
      return { start, end: offset };
    } else if (lexeme === "...") ended = true;
    else if (!/^(?:[ \t]*|#.*|\r?\n|\uFEFF|[\]},])$/.test(lexeme)) filled = true;
    offset += lexeme.length;
  }
  return start === void 0 ? void 0 : { start, end: text2.length };
}
function parseDocument(text2, documentIndex, caller) {
  const range = documentRange(text2, documentIndex);
  return range === void 0 ? parseWholeDocument(text2, documentIndex, caller) : parseWholeDocument(text2.slice(range.start, range.end), 0, caller);
}
function parseWholeDocument(text2, documentIndex, caller) {
  const docs = (0, import_yaml5.parseAllDocuments)(text2, { uniqueKeys: false });
  if (!Array.isArray(docs) || docs.length === 0) throw new YamlEditError(`${caller}: the file holds no YAML document`);
  const doc = docs[documentIndex];
  if (doc === void 0) throw new YamlEditError(`${caller}: document ${documentIndex} does not exist (the file has ${docs.length})`);
  const error = doc.errors[0];
  if (error !== void 0) throw new YamlEditError(`${caller}: the YAML does not parse: ${error.message}`);
  return doc;
}
function describePath(path) {
  return path.map((part) => typeof part === "number" ? `[${part}]` : `.${part}`).join("").replace(/^\./, "") || "(root)";
}
function nodeAt(doc, path, caller) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if ((0, import_yaml5.isAlias)(node)) throw new YamlEditError(`${caller}: ${describePath(path)} is an alias (*${node.source}): edit its anchor by hand`);
  return node;
}
function spliceFor(text2, doc, edit, where2, caller) {
  const style = detectStyle(text2, doc);
  const node = nodeAt(doc, edit.path, caller);
  switch (edit.op) {
    case "add": {
      if (!(0, import_yaml5.isMap)(node)) throw new YamlEditError(`${where2} is not a mapping`);
      return node.flow ? insertIntoFlow(node, flowEntries(edit.entries)) : insertLinesAfter(text2, node, blockPairs(edit.entries, keyColumn(text2, node), style.indentStep), style);
    }
    case "append": {
      if (!(0, import_yaml5.isSeq)(node)) throw new YamlEditError(`${where2} is not a list`);
      if (node.flow || node.items.length === 0) return insertIntoFlow(node, flowItems(edit.items));
      const dash = dashColumn(text2, node);
      const lines = edit.items.flatMap((item) => blockItem(item, dash.dash, dash.content - dash.dash, style.indentStep));
      return insertLinesAfter(text2, node, lines, style);
    }
    case "replace":
      return replaceScalar(node, edit.value, caller);
  }
}
function detectStyle(text2, doc) {
  const eol = text2.includes("\r\n") ? "\r\n" : "\n";
  let indentStep = 2;
  (0, import_yaml5.visit)(doc, {
    Pair(_2, pair, path) {
      const parent = path[path.length - 1];
      const value = pair.value;
      if (!(0, import_yaml5.isMap)(parent) || parent.flow || !(0, import_yaml5.isMap)(value) || value.flow || !value.range) return void 0;
      if (lineOf(text2, value.range[0]) === lineOf(text2, keyStart(pair))) return void 0;
      const step = keyColumn(text2, value) - keyColumn(text2, parent);
      if (step <= 0) return void 0;
      indentStep = step;
      return import_yaml5.visit.BREAK;
    }
  });
  return { eol, indentStep };
}
function keyStart(pair) {
  const key = pair.key;
  return key?.range?.[0] ?? 0;
}
function columnOf(text2, offset) {
  return offset - (text2.lastIndexOf("\n", offset - 1) + 1);
}
function keyColumn(text2, map) {
  const first = map.items[0];
  return columnOf(text2, first ? keyStart(first) : map.range?.[0] ?? 0);
}
function lineOf(text2, offset) {
  let line = 0;
  for (let index = text2.indexOf("\n"); index !== -1 && index < offset; index = text2.indexOf("\n", index + 1)) line++;
  return line;
}
function dashColumn(text2, seq) {
  const first = seq.items[0];
  const start = first.range?.[0] ?? 0;
  const dash = text2.lastIndexOf("-", start - 1);
  return { dash: columnOf(text2, dash), content: columnOf(text2, start) };
}
function scalarText(value) {
  if (typeof value !== "string") return String(value);
  const plain2 = (0, import_yaml5.stringify)(value, { lineWidth: 0, defaultStringType: "PLAIN" }).replace(/\n$/, "");
  return plain2.includes("\n") || plain2.startsWith("|") || plain2.startsWith(">") ? JSON.stringify(value) : plain2;
}
function isCollection2(value) {
  return typeof value === "object";
}
function isEmpty(value) {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
function blockPairs(entries, column, step) {
  return Object.entries(entries).flatMap(([key, value]) => blockPair(key, value, column, step));
}
function blockPair(key, value, column, step) {
  const pad = " ".repeat(column);
  if (!isCollection2(value)) return [`${pad}${scalarText(key)}: ${scalarText(value)}`];
  if (isEmpty(value)) return [`${pad}${scalarText(key)}: ${Array.isArray(value) ? "[]" : "{}"}`];
  const nested = Array.isArray(value) ? value.flatMap((item) => blockItem(item, column + step, 2, step)) : blockPairs(value, column + step, step);
  return [`${pad}${scalarText(key)}:`, ...nested];
}
function blockItem(item, dash, offset, step) {
  const lead = `${" ".repeat(dash)}-${" ".repeat(Math.max(1, offset - 1))}`;
  if (!isCollection2(item) || isEmpty(item) || Array.isArray(item)) return [`${lead}${flowText(item)}`];
  const lines = blockPairs(item, dash + offset, step);
  lines[0] = lead + (lines[0] ?? "").trimStart();
  return lines;
}
function flowText(value) {
  if (!isCollection2(value)) return scalarText(value);
  return (0, import_yaml5.stringify)(value, { collectionStyle: "flow", flowCollectionPadding: false, lineWidth: 0 }).replace(/\n$/, "");
}
function flowEntries(entries) {
  return flowText(entries).slice(1, -1);
}
function flowItems(items) {
  return flowText([...items]).slice(1, -1);
}
function lastValueEnd(node) {
  if ((0, import_yaml5.isMap)(node) || (0, import_yaml5.isSeq)(node)) {
    const last = node.items[node.items.length - 1];
    if (last === void 0) return node.range?.[1];
    if ((0, import_yaml5.isMap)(node)) {
      const pair = last;
      return lastValueEnd(pair.value ?? pair.key) ?? node.range?.[1];
    }
    return lastValueEnd(last) ?? node.range?.[1];
  }
  return node?.range?.[1];
}
function insertLinesAfter(text2, node, lines, style) {
  const valueEnd = lastValueEnd(node) ?? text2.length;
  const body = lines.join(style.eol);
  if (valueEnd > 0 && text2[valueEnd - 1] === "\n") return { start: valueEnd, end: valueEnd, text: body + style.eol };
  const lineEnd = text2.indexOf("\n", valueEnd);
  if (lineEnd === -1) return { start: text2.length, end: text2.length, text: style.eol + body };
  return { start: lineEnd + 1, end: lineEnd + 1, text: body + style.eol };
}
function insertIntoFlow(node, entries) {
  const last = node.items[node.items.length - 1];
  if (last === void 0) {
    const open2 = node.range?.[0] ?? 0;
    return { start: open2 + 1, end: open2 + 1, text: entries };
  }
  const lastNode = (0, import_yaml5.isMap)(node) ? last.value ?? last.key : last;
  const end = lastNode?.range?.[1] ?? 0;
  return { start: end, end, text: `, ${entries}` };
}
function replaceScalar(node, value, caller) {
  if (!(0, import_yaml5.isScalar)(node) || !node.range) throw new YamlEditError(`${caller}: the existing value is not a scalar; fix it by hand`);
  const [start, end] = node.range;
  switch (node.type) {
    case import_yaml5.Scalar.QUOTE_DOUBLE:
      return { start, end, text: JSON.stringify(value) };
    case import_yaml5.Scalar.QUOTE_SINGLE:
      return { start, end, text: `'${value.replace(/'/g, "''")}'` };
    case import_yaml5.Scalar.PLAIN:
      return { start, end, text: scalarText(value) };
    default:
      throw new YamlEditError(`${caller}: the existing value is a block scalar; fix it by hand`);
  }
}
function applySplice(text2, splice) {
  return text2.slice(0, splice.start) + splice.text + text2.slice(splice.end);
}
function dataOf(text2) {
  const { file, problems } = parseSource("edit", "edit", text2, LIMIT_CEILINGS);
  return { data: file.documents.map((document) => document.value), problems: problems.length };
}
function at(data, path) {
  return path.reduce((node, key) => node[key], data);
}
function verifyEdit(before, after, edits, documentIndex, shownIndex, caller) {
  const original = dataOf(before);
  const expected = original.data;
  if (expected[documentIndex] === void 0) throw new DocumentUnreadable(`${caller}: document ${shownIndex} cannot be read within the input limits`);
  for (const edit of edits) {
    const path = [documentIndex, ...edit.path];
    const parent = at(expected, path.slice(0, -1));
    const key = path[path.length - 1];
    if (edit.op === "add") Object.assign(parent[key], structuredClone(edit.entries));
    else if (edit.op === "append") for (const item of structuredClone(edit.items)) parent[key].push(item);
    else parent[key] = edit.value;
  }
  const actual = dataOf(after);
  if (actual.problems !== original.problems || !isDeepStrictEqual(actual.data, expected)) {
    throw new Error(`${caller}: could not edit ${describePath(edits[0]?.path ?? [])} in place without changing other data`);
  }
}

// src/load/repository.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { closeSync as closeSync2, constants as constants2, openSync as openSync2, readSync as readSync2 } from "node:fs";

// src/load/read-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3, relative as relative3, sep as sep2 } from "node:path";
function readGuardedFile(root, relativePath, maxBytes, allocate = Buffer.alloc) {
  const path = join3(root, relativePath);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { kind: "missing", problem: "the file does not exist" };
    if (code !== "ELOOP") return unreadable(error);
    const refusal = symlinkRefusal(root, path);
    if (refusal) return refusal;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error2) {
      return unreadable(error2);
    }
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: "refused", problem: `it is ${kindOf(stats)}, not a regular file` };
    if (stats.size > maxBytes) return { kind: "too-large", size: stats.size, problem: `it is ${stats.size} bytes, over the ${maxBytes}-byte cap` };
    const buffer = allocate(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return { kind: "too-large", size: length, problem: `it grew past the ${maxBytes}-byte cap while being read` };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
function symlinkRefusal(root, path) {
  let link;
  try {
    link = lstatSync(path);
  } catch (error) {
    return unreadable(error);
  }
  if (!link.isSymbolicLink()) return unreadableWith("ELOOP");
  let real;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { kind: "refused", problem: `it is a symlink that leads nowhere readable (${error.code ?? "error"})` };
  }
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return unreadable(error);
  }
  if (!isInside(realRoot, real)) return { kind: "refused", problem: "it is a symlink that leads outside the repository, so it was not read" };
  return void 0;
}
function unreadable(error) {
  return unreadableWith(error.code ?? "unknown error");
}
function unreadableWith(code) {
  return { kind: "unreadable", code, problem: `it cannot be read (${code})` };
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}
function isInside(base, path) {
  const rest = relative3(base, path);
  return rest === "" || !rest.startsWith(`..${sep2}`) && rest !== ".." && !isAbsolute3(rest);
}

// src/load/repository.ts
var API_VERSION = "abm-gitops/v1";
var OVERSIZE_PEEK_BYTES = 65536;
function loadRepository(root, config2, onFile) {
  const loaded = startLoading(root);
  for (const found of discoverYamlFiles(root, config2.include, loaded.allFiles)) {
    const load2 = loadFile(root, found, config2);
    recordFile(loaded, load2);
    if (load2.kind === "parsed") onFile?.(load2.file, load2.ours);
  }
  return loaded;
}
function startLoading(root, watch) {
  return { allFiles: listRepositoryFiles(root, watch), files: [], documents: [], problems: [] };
}
function loadFile(root, found, config2, { offThread = false, bytes } = {}) {
  const inScopeByText = config2.include === void 0 || config2.include.length === 0;
  const outcome = bytes ? candidateOf(bytes) : readCandidate(root, found, config2.limits.maxFileBytes);
  if ("problem" in outcome) {
    if (inScopeByText && !declaresOurApiVersion(outcome.peek)) return { kind: "skipped" };
    return { kind: "unread", file: emptyFile(found), problem: outcome.problem };
  }
  if (inScopeByText && !declaresOurApiVersion(outcome.text)) return { kind: "skipped" };
  const reload = offThread ? void 0 : reloader(root, found, config2.limits.maxFileBytes);
  const { file, problems } = parseSource(found.path, found.absolutePath, outcome.text, config2.limits, reload, { copied: offThread });
  const ours = file.documents.filter((document) => isOurs(document.value));
  if (ours.length === 0 && problems.length === 0) return { kind: "skipped" };
  return { kind: "parsed", file, ours, problems };
}
function recordFile(loaded, load2) {
  if (load2.kind === "skipped") return;
  loaded.files.push(load2.file);
  if (load2.kind === "unread") {
    loaded.problems.push({ file: load2.file, problem: load2.problem });
    return;
  }
  for (const document of load2.ours) loaded.documents.push(document);
  for (const problem of load2.problems) loaded.problems.push({ file: load2.file, problem });
}
function releasedFile(root, found, config2, fingerprint2) {
  return releasedSource(found.path, found.absolutePath, fingerprint2, config2.limits, reloader(root, found, config2.limits.maxFileBytes));
}
function isOurs(value) {
  if (value === null || typeof value !== "object") return false;
  const apiVersion = value.apiVersion;
  if (typeof apiVersion !== "string") return false;
  if (apiVersion === API_VERSION) return true;
  if (apiVersion.startsWith("abm-gitops/")) return false;
  return /^a?bm?[-_ ]?gi?t[-_ ]?o?ps?\//i.test(apiVersion);
}
function reloader(root, found, maxFileBytes) {
  return () => {
    const again = readCandidate(root, found, maxFileBytes);
    return "text" in again ? again.text : void 0;
  };
}
function candidateOf(bytes) {
  const { text: text2, problem } = decodeText(bytes);
  if (text2 !== void 0) return { text: text2 };
  const peekText = new TextDecoder(utf16Encoding(bytes) ?? "utf-8").decode(bytes);
  return { problem: fileStartProblem("yaml-syntax", `This file cannot be parsed: ${problem}.`), peek: peekText };
}
function readCandidate(root, found, maxFileBytes) {
  const read = readGuardedFile(root, found.path, maxFileBytes);
  if ("bytes" in read) return candidateOf(read.bytes);
  switch (read.kind) {
    case "too-large":
      return {
        problem: fileStartProblem(
          "input-limit",
          `This file is ${read.size} bytes, over the ${maxFileBytes}-byte cap (limits.maxFileBytes), so it was not parsed: split it into one file per organization or raise the limit in abm-gitops.yml.`
        ),
        peek: peek(found.absolutePath)
      };
    case "unreadable":
      return { problem: fileStartProblem("yaml-syntax", `This file cannot be read (${read.code}): check its permissions.`), peek: "" };
    default:
      return { problem: fileStartProblem("yaml-syntax", `This file cannot be read: ${read.problem}.`), peek: "" };
  }
}
function peek(path) {
  const buffer = Buffer.alloc(OVERSIZE_PEEK_BYTES);
  const fd = openSync2(path, constants2.O_RDONLY | constants2.O_NONBLOCK);
  try {
    const read = readSync2(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync2(fd);
  }
}
function emptyFile(found) {
  const lineCounter = new import_yaml6.LineCounter();
  lineCounter.addNewLine(0);
  return new SourceFile(found.path, found.absolutePath, "", lineCounter);
}

// src/base/dates.ts
var DAY_MS = 864e5;
var HOUR_MS = 36e5;
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseInstant(text2) {
  const instant = text2.length === 10 || text2.length === 20 ? commonInstantMs(text2) : void 0;
  return instant === void 0 ? parseInstantInGeneral(text2) : new Date(instant);
}
function parseInstantInGeneral(text2) {
  let iso;
  if (DATE_ONLY.test(text2)) iso = `${text2}T00:00:00Z`;
  else if (DATE_TIME.test(text2)) {
    iso = text2.replace(" ", "T");
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += "Z";
    iso = iso.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  } else return void 0;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return void 0;
  const [year, month, day] = text2.slice(0, 10).split("-").map(Number);
  const calendar = /* @__PURE__ */ new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return void 0;
  return date;
}
var ZERO = 48;
function twoDigits(text2, at2) {
  const tens = text2.charCodeAt(at2) - ZERO;
  const ones = text2.charCodeAt(at2 + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
function commonInstantMs(text2) {
  const century = twoDigits(text2, 0);
  const yearInCentury = twoDigits(text2, 2);
  const month = twoDigits(text2, 5);
  const day = twoDigits(text2, 8);
  if (century < 0 || yearInCentury < 0 || text2.charCodeAt(4) !== 45 || text2.charCodeAt(7) !== 45) return void 0;
  const year = century * 100 + yearInCentury;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  let ms = daysFromCivil(year, month, day) * DAY_MS;
  if (text2.length === 20) {
    if (text2.charCodeAt(10) !== 84 || text2.charCodeAt(13) !== 58 || text2.charCodeAt(16) !== 58 || text2.charCodeAt(19) !== 90) return void 0;
    const hour = twoDigits(text2, 11);
    const minute = twoDigits(text2, 14);
    const second = twoDigits(text2, 17);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return void 0;
    ms += hour * HOUR_MS + minute * 6e4 + second * 1e3;
  }
  return ms;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function daysFromCivil(year, month, day) {
  const y2 = month <= 2 ? year - 1 : year;
  const era = Math.floor(y2 / 400);
  const yearOfEra = y2 - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function parseNow(text2, what) {
  const now = parseInstant(text2);
  if (!now) throw new UsageError(`${what} must be a date such as 2026-11-23 or 2026-11-23T09:00:00Z, not "${text2}"`);
  return now;
}
function parseDuration(text2) {
  const match = /^(?:(\d{1,4})d|(\d{1,5})h)$/.exec(text2);
  if (!match) return void 0;
  return match[1] !== void 0 ? Number(match[1]) * DAY_MS : Number(match[2]) * HOUR_MS;
}
function daysBetween(now, date) {
  const days = Math.trunc((date.getTime() - now.getTime()) / DAY_MS);
  return days === 0 ? 0 : days;
}
function formatDay(date) {
  const days = Math.floor(date.getTime() / DAY_MS);
  if (!(days >= MIN_FOUR_DIGIT_DAY && days <= MAX_FOUR_DIGIT_DAY)) return date.toISOString().slice(0, 10);
  const [year, month, day] = civilFromDays(days);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
var MIN_FOUR_DIGIT_DAY = -719528;
var MAX_FOUR_DIGIT_DAY = 2932896;
function civilFromDays(days) {
  const z2 = days + 719468;
  const era = Math.floor(z2 / 146097);
  const dayOfEra = z2 - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

// lazy-node-forge:node-forge
var forge;
var load = () => forge ??= __require("./node-forge.cjs");
var node_forge_default = new Proxy({}, { get: (_2, key) => load()[key], has: (_2, key) => key in load() });

// src/artifacts/bytes.ts
import { createHash } from "node:crypto";
function fail(reason) {
  return { ok: false, reason };
}
function toBuffer(bytes) {
  if (typeof bytes === "string") return Buffer.from(bytes, "utf8");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function toLatin1(bytes) {
  return typeof bytes === "string" ? bytes : toBuffer(bytes).toString("latin1");
}
function sha256Hex(bytes) {
  return createHash("sha256").update(toBuffer(bytes)).digest("hex");
}
var BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeBase64Strict(text2) {
  const compact = text2.replace(/\s+/g, "");
  if (compact.length === 0) return fail("empty: there is no base64 content");
  if (!BASE64_CHARS.test(compact)) {
    return fail("corrupted base64: it holds characters outside the base64 alphabet");
  }
  const wholeQuanta = compact.length - compact.length % 4;
  return {
    ok: true,
    bytes: Buffer.from(compact.slice(0, wholeQuanta), "base64"),
    complete: wholeQuanta === compact.length
  };
}

// src/artifacts/distinguished-name.ts
var EXTRA_SHORT_NAMES = {
  "0.9.2342.19200300.100.1.1": "UID",
  "0.9.2342.19200300.100.1.25": "DC",
  "2.5.4.5": "serialNumber"
};
var UID_OID = "0.9.2342.19200300.100.1.1";
function attributesFromForge(fields) {
  return fields.map((field) => {
    const type = field.type ?? "";
    return {
      type,
      name: field.shortName ?? EXTRA_SHORT_NAMES[type] ?? field.name ?? type,
      value: typeof field.value === "string" ? field.value : String(field.value)
    };
  });
}
function formatDn(attributes) {
  return attributes.map((attribute2) => `${attribute2.name}=${attribute2.value.replace(/([,+"\\<>;=])/g, "\\$1")}`).join(", ");
}
function displaySerial(hex) {
  let serial = hex.toLowerCase();
  while (serial.length > 2 && serial.startsWith("00")) serial = serial.slice(2);
  return serial;
}

// src/artifacts/asn1.ts
function parseAsn1(der, options) {
  const fromDer = node_forge_default.asn1.fromDer;
  return fromDer(node_forge_default.util.createBuffer(der.toString("binary")), {
    strict: true,
    parseAllBytes: options.parseAllBytes,
    decodeBitStrings: options.decodeBitStrings ?? false
  });
}
function asn1Failure(error, what) {
  const message = error instanceof Error ? error.message : "";
  if (/too few bytes/i.test(message)) return `truncated: the ${what} ends early`;
  if (/unparsed der bytes remain/i.test(message)) return `corrupted: extra bytes after the ${what}`;
  return "corrupted: the content is not valid ASN.1 (BER/DER)";
}
var ASN1_TYPE = { INTEGER: 2, BITSTRING: 3, OCTETSTRING: 4, OID: 6, SEQUENCE: 16 };
var OID = {
  rsaEncryption: "1.2.840.113549.1.1.1",
  "aes128-CBC": "2.16.840.1.101.3.4.1.2",
  "aes192-CBC": "2.16.840.1.101.3.4.1.22",
  "aes256-CBC": "2.16.840.1.101.3.4.1.42",
  "des-EDE3-CBC": "1.2.840.113549.3.7",
  desCBC: "1.3.14.3.2.7"
};

// src/artifacts/pkcs7-envelope.ts
var CONTENT_CIPHERS = {
  [OID["aes128-CBC"]]: "AES-128-CBC",
  [OID["aes192-CBC"]]: "AES-192-CBC",
  [OID["aes256-CBC"]]: "AES-256-CBC",
  [OID["des-EDE3-CBC"]]: "DES-EDE3-CBC",
  // Go's pkcs7 library (used by some MDMs' tooling) envelopes with single DES by default.
  [OID.desCBC]: "DES-CBC"
};
var HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
var BLANK_LINE = /\r?\n\r?\n/;
var PKCS7_PEM = /-----BEGIN PKCS7-----([\s\S]*?)(?:-----END PKCS7-----|$)/;
var NOT_A_TOKEN = "not an S/MIME server token: no MIME headers and not PKCS#7";
function unfold(headers) {
  return headers.replace(/\r?\n[ \t]+/g, " ");
}
function smimeBody(text2) {
  const blank = BLANK_LINE.exec(text2);
  const headers = unfold(blank === null ? text2.slice(0, 4096) : text2.slice(0, blank.index));
  if (!/^content-[a-z-]+:/im.test(headers)) return fail(NOT_A_TOKEN);
  if (blank === null) return fail("truncated: the MIME headers are not followed by a body");
  const contentType = /^content-type:\s*([^;\r\n]+)/im.exec(headers)?.[1]?.trim();
  if (contentType !== void 0 && !/pkcs7-mime/i.test(contentType)) {
    return fail(`not an S/MIME server token: its Content-Type is ${contentType}, not application/pkcs7-mime`);
  }
  const decoded = decodeBase64Strict(text2.slice(blank.index + blank[0].length));
  return decoded.ok ? { ok: true, container: "smime", der: decoded.bytes, complete: decoded.complete } : decoded;
}
function locateBody(bytes) {
  if (typeof bytes !== "string" && bytes[0] === 48) {
    return { ok: true, container: "der", der: toBuffer(bytes), complete: true };
  }
  const text2 = toLatin1(bytes).replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, "").trimStart();
  if (HEADER_LINE.test(text2)) return smimeBody(text2);
  const pem = PKCS7_PEM.exec(text2);
  const base64 = pem !== null ? pem[1] ?? "" : text2.startsWith("MI") ? text2 : void 0;
  if (base64 === void 0) return fail(NOT_A_TOKEN);
  const decoded = decodeBase64Strict(base64);
  if (!decoded.ok) return decoded;
  return { ok: true, container: pem !== null ? "pem" : "base64", der: decoded.bytes, complete: decoded.complete };
}
function contentTypeOid(contentInfo) {
  const first = Array.isArray(contentInfo.value) ? contentInfo.value[0] : void 0;
  if (first?.type !== node_forge_default.asn1.Type.OID || typeof first.value !== "string") return void 0;
  return node_forge_default.asn1.derToOid(first.value);
}
function parseEnvelope(bytes) {
  const body = locateBody(bytes);
  if (!body.ok) return body;
  let asn1;
  try {
    asn1 = parseAsn1(body.der, { parseAllBytes: true });
  } catch (error) {
    return fail(asn1Failure(error, "PKCS#7 structure"));
  }
  if (!body.complete) return fail("corrupted base64: stray characters at the end");
  const contentType = contentTypeOid(asn1);
  if (contentType !== node_forge_default.pki.oids.envelopedData) {
    const name = contentType === void 0 ? void 0 : node_forge_default.pki.oids[contentType] ?? contentType;
    return fail(name === void 0 ? "not a server token: the content is not a PKCS#7 message" : `not a server token: PKCS#7 ${name}, expected envelopedData`);
  }
  let message;
  try {
    message = node_forge_default.pkcs7.messageFromAsn1(asn1);
  } catch {
    return fail("not a server token: the content is not a PKCS#7 enveloped-data message");
  }
  return { ok: true, message, container: body.container };
}

// src/artifacts/private-key.ts
import { constants as constants3, createPrivateKey, privateDecrypt } from "node:crypto";
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
var NOT_RSA = "not a readable RSA private key (PKCS#1 or PKCS#8, PEM or DER expected)";
function restoreNewlines(text2) {
  return !text2.includes("\n") && text2.includes("\\n") ? text2.replace(/\\n/g, "\n") : text2;
}
function isDer(buffer) {
  return buffer[0] === 48 && (buffer[1] ?? 0) >= 128 && (buffer[1] ?? 0) <= 132;
}
function keyFromDer(der) {
  let asn1;
  try {
    asn1 = parseAsn1(der, { parseAllBytes: true });
  } catch {
    return fail(NOT_RSA);
  }
  const parts = Array.isArray(asn1.value) ? asn1.value : [];
  if (parts.length === 2 && parts[1]?.type === node_forge_default.asn1.Type.OCTETSTRING && Array.isArray(parts[0]?.value)) {
    return fail("the private key is protected by a passphrase: give the unencrypted key");
  }
  try {
    return { ok: true, key: node_forge_default.pki.privateKeyFromAsn1(asn1) };
  } catch {
    return fail(NOT_RSA);
  }
}
function keyFromPem(text2) {
  const blocks = [...text2.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) return fail("not a private key: no PEM block and not DER");
  const keyBlock = blocks.find((block) => (block[1] ?? "").endsWith("PRIVATE KEY"));
  if (keyBlock === void 0) return fail(`not a private key: the PEM block is a ${blocks[0]?.[1] ?? "different kind"}`);
  const label = keyBlock[1] ?? "";
  if (label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/.test(keyBlock[0])) {
    return fail("the private key is protected by a passphrase: give the unencrypted key");
  }
  if (label !== "PRIVATE KEY" && label !== "RSA PRIVATE KEY") {
    return fail(`not an RSA private key: the PEM block is a ${label}`);
  }
  try {
    return { ok: true, key: node_forge_default.pki.privateKeyFromPem(keyBlock[0]) };
  } catch {
    return fail(NOT_RSA);
  }
}
function parseRsaPrivateKey(bytes) {
  if (typeof bytes !== "string" && isDer(toBuffer(bytes))) return keyFromDer(toBuffer(bytes));
  const text2 = restoreNewlines(toLatin1(bytes)).trim();
  if (text2.includes("-----BEGIN")) return keyFromPem(text2);
  const decoded = decodeBase64Strict(text2);
  if (decoded.ok && decoded.complete && isDer(decoded.bytes)) return keyFromDer(decoded.bytes);
  return fail("not a private key: no PEM block and not DER");
}
var nativeKeys = /* @__PURE__ */ new Map();
function nativeRsaKey(bytes) {
  const buffer = toBuffer(bytes);
  const cacheKey = buffer.toString("latin1");
  if (nativeKeys.has(cacheKey)) return nativeKeys.get(cacheKey);
  const key = readNatively(buffer);
  nativeKeys.set(cacheKey, key);
  return key;
}
function readNatively(buffer) {
  const candidates = [];
  if (isDer(buffer)) candidates.push({ key: buffer, format: "der", type: "pkcs8" }, { key: buffer, format: "der", type: "pkcs1" });
  else {
    const text2 = restoreNewlines(toLatin1(buffer)).trim();
    if (!text2.includes("-----BEGIN")) return void 0;
    candidates.push({ key: text2, format: "pem" });
  }
  for (const candidate of candidates) {
    try {
      const key = createPrivateKey(candidate);
      if (key.asymmetricKeyType === "rsa") return key;
    } catch {
    }
  }
  return void 0;
}
function nodeRsaKey(key) {
  return createPrivateKey({ key: node_forge_default.pki.privateKeyToPem(key), format: "pem" });
}
function rsaPkcs1Unwrap(key, encrypted) {
  let block;
  try {
    block = privateDecrypt({ key, padding: constants3.RSA_NO_PADDING }, encrypted);
  } catch {
    return void 0;
  }
  if (block[0] !== 0 || block[1] !== 2) return void 0;
  const separator = block.indexOf(0, 2);
  if (separator < 10) return void 0;
  return block.subarray(separator + 1);
}

// src/artifacts/server-token-payload.ts
var HEADER_LINE2 = /^[A-Za-z][A-Za-z0-9-]*:/;
var MARKER_LINE = /^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/;
function stripMimePartHeader(text2) {
  if (!HEADER_LINE2.test(text2)) return text2;
  const blank = /\r?\n\r?\n/.exec(text2);
  return blank === null ? "" : text2.slice(blank.index + blank[0].length);
}
function unwrapJson(body) {
  return body.split(/\r?\n/).filter((line) => !MARKER_LINE.test(line.trim())).join("");
}
function payloadRecord(decrypted) {
  const json = unwrapJson(stripMimePartHeader(decrypted.replace(/^\uFEFF/, "").trimStart())).trim();
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail("decrypted, but the content is not the expected JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return fail("decrypted, but the content is not a JSON object");
  }
  return { ok: true, record: parsed };
}
var KNOWN_FIELDS = /* @__PURE__ */ new Set(["consumer_key", "consumer_secret", "access_token", "access_secret", "access_token_expiry"]);
function parseServerTokenPayload(decrypted) {
  const parsed = payloadRecord(decrypted);
  if (!parsed.ok) return parsed;
  const { record } = parsed;
  const expiry = record.access_token_expiry;
  if (typeof expiry !== "string") return fail("decrypted, but it has no access_token_expiry");
  const accessTokenExpiry = new Date(expiry);
  if (Number.isNaN(accessTokenExpiry.getTime())) {
    return fail(`decrypted, but access_token_expiry is not a date (Apple writes one such as 2027-01-10T14:37:38Z)`);
  }
  return {
    ok: true,
    accessTokenExpiry,
    fields: Object.keys(record).filter((name) => KNOWN_FIELDS.has(name)).sort()
  };
}
var CREDENTIAL_FIELDS = [
  ["consumerKey", "consumer_key"],
  ["consumerSecret", "consumer_secret"],
  ["accessToken", "access_token"],
  ["accessSecret", "access_secret"]
];
function parseServerTokenCredentials(decrypted) {
  const parsed = payloadRecord(decrypted);
  if (!parsed.ok) return parsed;
  const credentials = {};
  for (const [key, field] of CREDENTIAL_FIELDS) {
    const value = parsed.record[field];
    if (typeof value !== "string" || value.trim() === "") return fail(`decrypted, but it has no ${field}`);
    credentials[key] = value.trim();
  }
  return { ok: true, credentials };
}

// src/artifacts/server-token.ts
var WRONG_KEY_REASON = "the private key does not decrypt this token (it was made for another certificate or the key is wrong)";
function describe(message, container) {
  const algorithm = message.encryptedContent.algorithm;
  return {
    kind: "service-token",
    container,
    recipients: message.recipients.map((recipient) => {
      const issuerAttributes = attributesFromForge(recipient.issuer);
      return { issuer: formatDn(issuerAttributes), issuerAttributes, serialNumber: displaySerial(recipient.serialNumber) };
    }),
    contentCipher: CONTENT_CIPHERS[algorithm] ?? `unsupported (${node_forge_default.pki.oids[algorithm] ?? algorithm})`
  };
}
function readServerToken(bytes) {
  const parsed = parseEnvelope(bytes);
  if (!parsed.ok) return parsed;
  if (parsed.message.recipients.length === 0) return fail("not a server token: the PKCS#7 message has no recipient");
  return { ok: true, ...describe(parsed.message, parsed.container) };
}
var RSA_TRANSPORT = /* @__PURE__ */ new Set([OID.rsaEncryption, OID.desCBC]);
var unwrappedKeys = /* @__PURE__ */ new WeakMap();
function unwrapContentKey(key, wrapped) {
  let known = unwrappedKeys.get(key);
  if (known === void 0) unwrappedKeys.set(key, known = /* @__PURE__ */ new Map());
  if (known.has(wrapped)) return known.get(wrapped);
  const contentKey = rsaPkcs1Unwrap(key, Buffer.from(wrapped, "binary"));
  known.set(wrapped, contentKey);
  return contentKey;
}
function decryptContent(message, key) {
  let lastReason = WRONG_KEY_REASON;
  for (const recipient of message.recipients) {
    const state = message;
    delete state.content;
    delete state.encryptedContent.key;
    try {
      if (!RSA_TRANSPORT.has(recipient.encryptedContent.algorithm)) throw new Error("Unsupported asymmetric cipher");
      const contentKey = unwrapContentKey(key, recipient.encryptedContent.content);
      if (contentKey === void 0) continue;
      state.encryptedContent.key = node_forge_default.util.createBuffer(contentKey.toString("binary"));
      message.decrypt();
      const content = message.content;
      const binary = typeof content === "string" ? content : content?.bytes() ?? "";
      return { ok: true, text: Buffer.from(binary, "binary").toString("utf8") };
    } catch (error) {
      const text2 = error instanceof Error ? error.message : "";
      if (/unsupported asymmetric cipher/i.test(text2)) {
        const oid = recipient.encryptedContent.algorithm;
        lastReason = `unsupported key transport ${node_forge_default.pki.oids[oid] ?? oid}: only RSA PKCS#1 v1.5 is supported`;
      }
    }
  }
  return fail(lastReason);
}
function decryptText(bytes, privateKey) {
  const parsed = parseEnvelope(bytes);
  if (!parsed.ok) return { ...parsed, cause: "token" };
  const info = describe(parsed.message, parsed.container);
  if (info.contentCipher.startsWith("unsupported")) {
    const cipher = info.contentCipher.replace("unsupported ", "");
    return { ...fail(`cannot decrypt: content cipher ${cipher} is not supported`), cause: "token" };
  }
  let key = nativeRsaKey(privateKey);
  if (key === void 0) {
    const parsedKey = parseRsaPrivateKey(privateKey);
    if (!parsedKey.ok) return { ...parsedKey, cause: "key" };
    key = nodeRsaKey(parsedKey.key);
  }
  const decrypted = decryptContent(parsed.message, key);
  if (!decrypted.ok) return { ...decrypted, cause: "key" };
  return { ok: true, info, text: decrypted.text };
}
function decryptServerToken(bytes, privateKey) {
  const decrypted = decryptText(bytes, privateKey);
  if (!decrypted.ok) return decrypted;
  const { info } = decrypted;
  const payload = parseServerTokenPayload(decrypted.text);
  if (!payload.ok) return { ...payload, cause: "content" };
  return { ok: true, ...info, accessTokenExpiry: payload.accessTokenExpiry, fields: payload.fields };
}
function decryptServerTokenCredentials(bytes, privateKey) {
  const decrypted = decryptText(bytes, privateKey);
  if (!decrypted.ok) return decrypted;
  const credentials = parseServerTokenCredentials(decrypted.text);
  return credentials.ok ? credentials : { ...credentials, cause: "content" };
}
function readDecryptedServerToken(bytes) {
  const payload = parseServerTokenPayload(toBuffer(bytes).toString("utf8"));
  return payload.ok ? { ok: true, kind: "decrypted-server-token", accessTokenExpiry: payload.accessTokenExpiry, fields: payload.fields } : payload;
}

// src/artifacts/content-token.ts
function parseAppleDate(text2) {
  const normalised = text2.trim().replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? void 0 : date;
}
var UTF8_BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/;
var CONTENT_TOKEN_JSON_START = /^\s*\{\s*"(?:token|expDate|orgName)"\s*:/;
var DAMAGED_CONTENT_TOKEN = "a damaged content token: its base64 does not decode to whole JSON (the file was cut off or changed); download it again from Apple (Payments and Billing > Apps and Books)";
function decodeContentTokenJson(bytes) {
  const text2 = toLatin1(bytes).replace(UTF8_BOM, "");
  if (/^\s*(?:[A-Za-z-]+:|-----BEGIN)/.test(text2)) {
    return fail("not a content token: it has headers or PEM markers (a .vpptoken is plain base64)");
  }
  const decoded = decodeBase64Strict(text2);
  if (!decoded.ok) return fail(`not a content token: ${decoded.reason}`);
  const json = decoded.bytes.toString("utf8");
  const damaged = CONTENT_TOKEN_JSON_START.test(json);
  if (!decoded.complete) return fail(damaged ? DAMAGED_CONTENT_TOKEN : "not a content token: truncated or corrupted base64");
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail(damaged ? DAMAGED_CONTENT_TOKEN : "not a content token: the base64 does not decode to JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return fail("not a content token: the decoded JSON is not an object");
  }
  return { ok: true, record: parsed };
}
function readContentToken(bytes) {
  const decoded = decodeContentTokenJson(bytes);
  if (!decoded.ok) return decoded;
  const { record } = decoded;
  for (const field of ["token", "expDate", "orgName"]) {
    if (typeof record[field] !== "string") return fail(`not a content token: the ${field} field is missing`);
  }
  const expDate = record.expDate;
  const expiresAt = parseAppleDate(expDate);
  if (expiresAt === void 0) {
    return fail("content token has an unreadable expDate (Apple writes one such as 2027-01-10T14:37:38+0000)");
  }
  const buffer = toBuffer(bytes);
  return {
    ok: true,
    kind: "content-token",
    orgName: record.orgName,
    expiresAt,
    sha256: sha256Hex(buffer),
    sha256Trimmed: sha256Hex(trimmed(buffer))
  };
}
function trimmed(buffer) {
  let start = buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
  let end = buffer.length;
  while (start < end && isAsciiSpace(buffer[start])) start++;
  while (end > start && isAsciiSpace(buffer[end - 1])) end--;
  return buffer.subarray(start, end);
}
function isAsciiSpace(byte) {
  return byte === 32 || byte === 9 || byte === 10 || byte === 13;
}

// src/artifacts/pkcs12.ts
var KEY_BAG_OIDS = [Buffer.from("060b2a864886f70d010c0a0101", "hex"), Buffer.from("060b2a864886f70d010c0a0102", "hex")];
var Type = ASN1_TYPE;
function isPkcs12Asn1(root) {
  const [version, authSafe] = Array.isArray(root.value) ? root.value : [];
  return version?.type === Type.INTEGER && version.value === "" && authSafe?.type === Type.SEQUENCE;
}
function looksLikePkcs12(der) {
  try {
    return isPkcs12Asn1(parseAsn1(der, { parseAllBytes: false }));
  } catch {
    return false;
  }
}
function pkcs12HoldsKey(der) {
  if (KEY_BAG_OIDS.some((oid) => der.includes(oid))) return true;
  try {
    const pfx = open(der, void 0);
    return typeof pfx !== "string" && keyBagsOf(pfx).length > 0;
  } catch {
    return false;
  }
}
function keyBagsOf(pfx) {
  return [node_forge_default.pki.oids.keyBag, node_forge_default.pki.oids.pkcs8ShroudedKeyBag].flatMap((bagType) => pfx.getBags({ bagType: bagType ?? "" })[bagType ?? ""] ?? []);
}
var DATA_OID = "1.2.840.113549.1.7.1";
var CERT_BAG_OID = "1.2.840.113549.1.12.10.1.3";
function explicitContent(node) {
  return Array.isArray(node?.value) ? node.value[0] : void 0;
}
function octets(node) {
  if (node === void 0) return void 0;
  if (typeof node.value === "string") return node.value;
  return node.value.map((part) => typeof part.value === "string" ? part.value : "").join("");
}
function oidOf(node) {
  return node?.type === Type.OID && typeof node.value === "string" ? node_forge_default.asn1.derToOid(node.value) : void 0;
}
function visiblePkcs12Certificates(der) {
  try {
    const [, authSafe] = parseAsn1(der, { parseAllBytes: false }).value;
    if (oidOf(authSafe?.value?.[0]) !== DATA_OID) return [];
    const safes = node_forge_default.asn1.fromDer(octets(explicitContent(authSafe.value[1])) ?? "", false).value;
    const found = [];
    for (const contentInfo of safes) {
      const [type, content] = contentInfo.value;
      if (oidOf(type) !== DATA_OID) continue;
      for (const bag of node_forge_default.asn1.fromDer(octets(explicitContent(content)) ?? "", false).value) {
        const [bagId, bagValue] = bag.value;
        if (oidOf(bagId) !== CERT_BAG_OID) continue;
        const certificate = octets(explicitContent((explicitContent(bagValue)?.value ?? [])[1]));
        if (certificate !== void 0) found.push(Buffer.from(certificate, "binary"));
      }
    }
    return found;
  } catch {
    return [];
  }
}
var PASSPHRASE_NEEDED_REASON = "the .p12 is protected by a passphrase: give it with `passphrase: env:NAME` in the `apnsCertificate` (or `--passphrase env:NAME` for inspect and import)";
var WRONG_PASSPHRASE_REASON = "the passphrase does not open this .p12 (the MAC does not verify)";
function open(der, passphrase) {
  const asn1 = parseAsn1(der, { parseAllBytes: false });
  for (const attempt of passphrase === void 0 ? [void 0, ""] : [passphrase]) {
    try {
      return node_forge_default.pkcs12.pkcs12FromAsn1(asn1, false, attempt);
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      if (!/mac could not be verified|invalid password/i.test(message)) return "unreadable";
    }
  }
  return "wrong-passphrase";
}
function certificateFromPkcs12(der, passphrase) {
  let pfx;
  try {
    pfx = open(der, passphrase);
  } catch {
    return fail("corrupted: the .p12 is not valid ASN.1");
  }
  if (pfx === "wrong-passphrase") return fail(passphrase === void 0 ? PASSPHRASE_NEEDED_REASON : WRONG_PASSPHRASE_REASON);
  if (pfx === "unreadable") return fail("unsupported .p12: its encryption or structure is not one node-forge reads (export it again with AES-256 or 3DES)");
  const bags = pfx.getBags({ bagType: node_forge_default.pki.oids.certBag ?? "" })[node_forge_default.pki.oids.certBag ?? ""] ?? [];
  const certificates = bags.map((bag) => bag.cert).filter((cert) => cert !== void 0 && cert !== null);
  if (certificates.length === 0) return fail("the .p12 holds no certificate forge can read (only RSA certificates are supported)");
  const leaf = certificates.find((cert) => cert.subject.getField({ type: UID_OID }) !== null) ?? certificates[0];
  return {
    ok: true,
    der: Buffer.from(node_forge_default.asn1.toDer(node_forge_default.pki.certificateToAsn1(leaf)).getBytes(), "binary"),
    // The bags forge opened, and a shrouded key bag it could not decrypt but whose type shows.
    holdsKey: keyBagsOf(pfx).length > 0 || KEY_BAG_OIDS.some((oid) => der.includes(oid))
  };
}

// src/artifacts/certificate.ts
var PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)(-----END CERTIFICATE-----|$)/;
var PEM_PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;
function fromPkcs12(der, options) {
  const opened = certificateFromPkcs12(der, options.passphrase);
  return opened.ok ? { ok: true, der: opened.der, encoding: "pkcs12", holdsPrivateKey: opened.holdsKey } : opened;
}
function locateDer(bytes, options) {
  if (typeof bytes !== "string" && bytes[0] === 48) {
    const der = toBuffer(bytes);
    return looksLikePkcs12(der) ? fromPkcs12(der, options) : { ok: true, der, encoding: "der", holdsPrivateKey: false };
  }
  const text2 = toLatin1(bytes);
  const pem = PEM_CERTIFICATE.exec(text2);
  if (pem === null) {
    const base64 = text2.trim().startsWith("MI") ? decodeBase64Strict(text2) : void 0;
    if (base64?.ok === true && base64.complete && looksLikePkcs12(base64.bytes)) return fromPkcs12(base64.bytes, options);
    if (/^\s*[A-Za-z][A-Za-z0-9-]*:/.test(text2) && /pkcs7-mime/i.test(text2.slice(0, 2048))) {
      return fail("not a certificate: this is an S/MIME server token (.p7m)");
    }
    return fail("not a certificate: no PEM CERTIFICATE block and not DER");
  }
  if (pem[2] === "") return fail("truncated: the PEM certificate has no END line");
  const decoded = decodeBase64Strict(pem[1] ?? "");
  if (!decoded.ok) return decoded;
  if (!decoded.complete) return fail("corrupted base64: the PEM body length is wrong");
  return { ok: true, der: decoded.bytes, encoding: "pem", holdsPrivateKey: PEM_PRIVATE_KEY.test(text2) };
}
function parseForgeCertificate(der) {
  let asn1;
  try {
    asn1 = parseAsn1(der, { parseAllBytes: true, decodeBitStrings: true });
  } catch (error) {
    return fail(asn1Failure(error, "certificate"));
  }
  try {
    return { ok: true, certificate: node_forge_default.pki.certificateFromAsn1(asn1) };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/not RSA/i.test(message)) {
      return fail("unsupported certificate: its public key is not RSA (Apple MDM certificates are RSA)");
    }
    return fail("not a certificate: the DER structure is not an X.509 certificate");
  }
}
function readCertificate(bytes, options = {}) {
  const located = locateDer(bytes, options);
  if (!located.ok) return located;
  const parsed = parseForgeCertificate(located.der);
  if (!parsed.ok) return parsed;
  const { certificate } = parsed;
  const subjectAttributes = attributesFromForge(certificate.subject.attributes);
  const issuerAttributes = attributesFromForge(certificate.issuer.attributes);
  const uid = certificate.subject.getField({ type: UID_OID });
  const apnsTopic = typeof uid?.value === "string" ? uid.value : void 0;
  const publicKey = certificate.publicKey;
  return {
    ok: true,
    kind: "certificate",
    encoding: located.encoding,
    holdsPrivateKey: located.holdsPrivateKey,
    subject: formatDn(subjectAttributes),
    subjectAttributes,
    issuer: formatDn(issuerAttributes),
    issuerAttributes,
    serialNumber: displaySerial(certificate.serialNumber),
    notBefore: certificate.validity.notBefore,
    notAfter: certificate.validity.notAfter,
    sha256Fingerprint: sha256Hex(located.der),
    sha256: sha256Hex(bytes),
    keyType: "RSA",
    keySize: publicKey.n.bitLength(),
    ...apnsTopic !== void 0 ? { apnsTopic } : {},
    isApnsCertificate: apnsTopic?.startsWith("com.apple.mgmt.") ?? false
  };
}
function holdsPushCertificate(bytes) {
  const read = readCertificate(bytes);
  if (read.ok) return read.isApnsCertificate;
  if (typeof bytes === "string" || bytes[0] !== 48) return false;
  const der = toBuffer(bytes);
  if (!looksLikePkcs12(der)) return false;
  return visiblePkcs12Certificates(der).some((certificate) => {
    const visible = readCertificate(certificate);
    return visible.ok && visible.isApnsCertificate;
  });
}

// src/artifacts/detect.ts
var ENVELOPED_DATA_OID = Buffer.from("06092a864886f70d010703", "hex");
var PRIVATE_KEY_ARMOUR = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_BODY_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
var PEM_HEADER_LINE = /^[A-Za-z][A-Za-z-]*:/;
function hasPrivateKeyPem(text2) {
  for (const armour of text2.matchAll(PRIVATE_KEY_ARMOUR)) {
    const after = text2.slice(armour.index + armour[0].length, armour.index + armour[0].length + 4096);
    for (const rawLine of after.split(/\r?\n|\\n/).slice(1, 12)) {
      const line = rawLine.trim().replace(/^#+\s*|^["']/, "");
      if (line === "" || PEM_HEADER_LINE.test(line)) continue;
      if (PEM_BODY_LINE.test(line.replace(/["',]+$/, ""))) return true;
      break;
    }
  }
  return false;
}
var ACCESS_SECRET_VALUE = /access_secret["']?\s*[:=]\s*["']?AS_/;
var HEADER_LINE3 = /^[A-Za-z][A-Za-z0-9-]*:/;
var MAX_CONTENT_TOKEN_LENGTH = 64 * 1024;
var Type2 = ASN1_TYPE;
function isType(node, type) {
  return node !== void 0 && node.tagClass === node_forge_default.asn1.Class.UNIVERSAL && node.type === type;
}
function children(node) {
  return node !== void 0 && Array.isArray(node.value) ? node.value : [];
}
function integerIs(node, value) {
  return isType(node, Type2.INTEGER) && node.value === String.fromCharCode(value);
}
function isPasswordBasedAlgorithm(node) {
  const oid = children(node)[0];
  if (!isType(node, Type2.SEQUENCE) || !isType(oid, Type2.OID) || typeof oid.value !== "string") return false;
  const name = node_forge_default.asn1.derToOid(oid.value);
  return name.startsWith("1.2.840.113549.1.5.") || name.startsWith("1.2.840.113549.1.12.");
}
function detectDer(buffer) {
  if (buffer.subarray(0, 24).includes(ENVELOPED_DATA_OID)) return "service-token";
  let root;
  try {
    root = parseAsn1(buffer, { parseAllBytes: false });
  } catch {
    return "unknown";
  }
  const [first, second, third] = children(root);
  if (isType(first, Type2.SEQUENCE) && isType(second, Type2.SEQUENCE) && isType(third, Type2.BITSTRING)) {
    return "certificate";
  }
  const pkcs1 = integerIs(first, 0) && children(root).length === 9;
  const pkcs8 = (integerIs(first, 0) || integerIs(first, 1)) && isType(second, Type2.SEQUENCE) && isType(third, Type2.OCTETSTRING);
  const encryptedPkcs8 = children(root).length === 2 && isPasswordBasedAlgorithm(first) && isType(second, Type2.OCTETSTRING);
  if (isPkcs12Asn1(root)) return pkcs12HoldsKey(buffer) ? "private-key" : "certificate";
  return pkcs1 || pkcs8 || encryptedPkcs8 ? "private-key" : "unknown";
}
function isDecryptedServerToken(text2) {
  if (!text2.includes("access_") && !text2.includes("-----BEGIN MESSAGE-----")) return false;
  return ACCESS_SECRET_VALUE.test(text2) || ACCESS_SECRET_VALUE.test(text2.replace(/\r?\n/g, ""));
}
function base64PrefixHasEnvelopedOid(base64) {
  const prefix = base64.replace(/\s+/g, "").slice(0, 32);
  return Buffer.from(prefix, "base64").includes(ENVELOPED_DATA_OID);
}
function isContentToken(trimmed2) {
  if (!trimmed2.startsWith("e") || trimmed2.length > MAX_CONTENT_TOKEN_LENGTH) return false;
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed2)) return false;
  const decoded = decodeContentTokenJson(trimmed2);
  if (!decoded.ok) return decoded.reason === DAMAGED_CONTENT_TOKEN;
  return ["token", "expDate", "orgName"].every((field) => field in decoded.record);
}
var EMBEDDED_BASE64_JSON = /eyJ[A-Za-z0-9+/]{40,}={0,2}/g;
var BASE64_LINE = /^[\t >*-]*([A-Za-z0-9+/]{4,}={0,2})\s*$/;
var DECODED_TOKEN_VALUE = /"token"\s*:\s*"([^"\\\s<>{}]{20,4096})"/g;
var DECODED_NEIGHBOURS = [/"expDate"\s*:/, /"orgName"\s*:/];
function containsWrappedContentToken(text2) {
  const lines = text2.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const first = BASE64_LINE.exec(lines[index] ?? "")?.[1];
    if (first === void 0 || !first.startsWith("eyJ")) continue;
    let joined = first;
    for (let next = index + 1; next < lines.length && joined.length < MAX_CONTENT_TOKEN_LENGTH; next++) {
      const part = BASE64_LINE.exec(lines[next] ?? "")?.[1];
      if (part === void 0) break;
      joined += part;
    }
    if (joined.length > first.length && isContentToken(joined)) return true;
  }
  return false;
}
function containsDecodedContentToken(text2) {
  for (const match of text2.matchAll(DECODED_TOKEN_VALUE)) {
    const around = text2.slice(Math.max(0, match.index - 2048), match.index + match[0].length + 2048);
    if (DECODED_NEIGHBOURS.every((pattern) => pattern.test(around))) return true;
  }
  return false;
}
function containsContentToken(text2) {
  if (text2.includes("eyJ")) {
    for (const match of text2.matchAll(EMBEDDED_BASE64_JSON)) {
      if (isContentToken(match[0])) return true;
    }
    if (containsWrappedContentToken(text2)) return true;
  }
  return text2.includes('"expDate"') && containsDecodedContentToken(text2);
}
function detectArtifact(bytes) {
  if (typeof bytes !== "string" && bytes[0] === 48 && (bytes[1] ?? 0) >= 128 && (bytes[1] ?? 0) <= 132) {
    const kind = detectDer(toBuffer(bytes));
    if (kind !== "unknown") return kind;
  }
  const text2 = toLatin1(bytes);
  if (text2.includes("PRIVATE KEY") && hasPrivateKeyPem(text2)) return "private-key";
  if (isDecryptedServerToken(text2)) return "decrypted-server-token";
  const trimmed2 = text2.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, "").trim();
  const head = trimmed2.slice(0, 4096);
  if (HEADER_LINE3.test(head) && /application\/(?:x-)?pkcs7-mime/i.test(head)) return "service-token";
  if (head.startsWith("-----BEGIN PKCS7-----") && base64PrefixHasEnvelopedOid(head.slice(21))) return "service-token";
  if (head.includes("-----BEGIN CERTIFICATE-----")) return "certificate";
  if (head.startsWith("MI") && /^[A-Za-z0-9+/=\s]+$/.test(head) && base64PrefixHasEnvelopedOid(head)) {
    return "service-token";
  }
  return isContentToken(trimmed2) ? "content-token" : "unknown";
}
var KIND_PHRASES = {
  "service-token": "an ADE server token (.p7m)",
  "content-token": "an Apps and Books content token (.vpptoken)",
  certificate: "a certificate",
  "private-key": "a private key",
  "decrypted-server-token": "a decrypted ADE server token",
  unknown: "none of the files abm-gitops reads"
};
function describeKind(kind) {
  return KIND_PHRASES[kind];
}

// src/artifacts/keypair.ts
import { generateKeyPairSync, randomBytes } from "node:crypto";
var DEFAULT_COMMON_NAME = "abm-gitops";
var DEFAULT_VALIDITY_DAYS = 365;
var DAY_MS2 = 864e5;
function randomSerialHex() {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 127 | 1;
  return bytes.toString("hex");
}
function generateKeyPair(options = {}) {
  const commonName = options.commonName ?? DEFAULT_COMMON_NAME;
  if (commonName.trim() === "" || commonName.length > 64) return fail("the common name must be 1 to 64 characters");
  const validityDays = options.validityDays ?? DEFAULT_VALIDITY_DAYS;
  if (!Number.isInteger(validityDays) || validityDays < 1) return fail("the validity must be a whole number of days, at least 1");
  const { privateKey: privateKeyPem } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" }
  });
  const privateKey = node_forge_default.pki.privateKeyFromPem(privateKeyPem);
  const certificate = node_forge_default.pki.createCertificate();
  certificate.publicKey = node_forge_default.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  certificate.serialNumber = randomSerialHex();
  const now = options.now ?? /* @__PURE__ */ new Date();
  certificate.validity.notBefore = now;
  certificate.validity.notAfter = new Date(now.getTime() + validityDays * DAY_MS2);
  const name = [{ name: "commonName", value: commonName }];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", keyEncipherment: true, digitalSignature: true, critical: true }
  ]);
  certificate.sign(privateKey, node_forge_default.md.sha256.create());
  const der = node_forge_default.asn1.toDer(node_forge_default.pki.certificateToAsn1(certificate)).getBytes();
  return {
    ok: true,
    certificatePem: node_forge_default.pki.certificateToPem(certificate),
    certificateDer: new Uint8Array(Buffer.from(der, "binary")),
    privateKeyPem
  };
}

// schemas/organization.schema.json
var organization_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://abm-gitops.dev/schemas/v1/organization.schema.json",
  title: "OrganizationDocument",
  description: "One Apple Business, Apple Business Manager or Apple Business Essentials organization (one tenant) kept in git: its units, device management services, roles, Managed Apple Accounts and the tokens and certificates that expire every year.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: {
      description: "Format version of this file. Documents with another apiVersion are ignored by abm-gitops.",
      const: "abm-gitops/v1"
    },
    kind: {
      description: "This document describes one organization (one Apple Business / Apple Business Manager / Apple Business Essentials tenant).",
      const: "Organization"
    },
    metadata: { $ref: "#/$defs/metadata" },
    spec: { $ref: "#/$defs/spec" }
  },
  $defs: {
    isoDate: {
      description: "ISO 8601 date (2027-01-10, the start of that day in UTC) or date-time with a time zone (2027-01-10T12:00:00Z, 2027-01-10T14:00:00+02:00).",
      type: "string",
      pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$",
      examples: ["2027-01-10", "2027-01-10T14:37:38Z"]
    },
    reference: {
      description: "Where the real file or secret lives: file:<path relative to this YAML file, inside the repository> or env:<ENVIRONMENT_VARIABLE>. An unset env: variable is fine (offline validation checks the declared dates only).",
      type: "string",
      pattern: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$",
      examples: ["file:tokens/jamf-prod_Token_smime.p7m", "env:VPP_TOKEN_HQ"]
    },
    envReference: {
      description: "A secret taken from an environment variable (env:NAME). Private keys may only come from the environment, never from a file in the repository.",
      type: "string",
      pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
      examples: ["env:JAMF_DEP_PRIVATE_KEY"]
    },
    sha256: {
      description: "SHA-256 of the file, 64 lowercase hex digits (`shasum -a 256 <file>`). Identifies a token without committing the secret, so the same token used twice is spotted.",
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    entryId: {
      description: "Identifier of this entry, unique within its list; other entries refer to it by this id.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"
    },
    accountId: {
      description: "The Managed Apple Account (user name, email-like) that signs in to Apple Business / Apple Business Manager / Apple Business Essentials.",
      type: "string",
      pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
      examples: ["vpp-tokens@acme.example"]
    },
    unitList: {
      description: "Ids of units (organizational units or locations) in this organization. Omit the key to mean all units.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "#/$defs/entryId" }
    },
    product: {
      title: "Product",
      description: "Which Apple product this organization uses: apple-business, apple-business-manager or apple-business-essentials. It decides which built-in roles exist, whether custom roles and the built-in device management service are available.",
      type: "string",
      enum: ["apple-business", "apple-business-manager", "apple-business-essentials"]
    },
    vendor: {
      title: "Vendor",
      description: "The MDM product behind this external device management service.",
      type: "string",
      enum: ["jamf", "intune", "kandji", "mosyle", "fleet", "n-central", "n-sight", "nanomdm", "other"]
    },
    permission: {
      title: "Permission",
      description: `A role permission, in kebab-case form of Apple's own phrase (e.g. assign-licenses-for-apps-and-books = "Assign licenses for Apps and Books").`,
      type: "string",
      enum: [
        "manage-device-management-services",
        "assign-licenses-for-apps-and-books",
        "get-licenses-for-apps-and-books",
        "view-apps-and-books",
        "manage-roles",
        "manage-accounts",
        "manage-units",
        "accept-terms"
      ]
    },
    metadata: {
      title: "Metadata",
      description: "How this organization is named in the repository and who reviews its renewals.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          description: "Short name of the organization, unique across the repository: lowercase letters, digits and dashes. Used in findings, Config exceptions and renewal branch names.",
          type: "string",
          pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
          examples: ["acme"]
        },
        displayName: {
          description: "The organization's name as shown in Apple Business Manager (for people reading reports).",
          type: "string",
          minLength: 1,
          examples: ["Acme Corp"]
        },
        owners: {
          description: "GitHub users (@user) or teams (@org/team) asked to review this organization's renewal pull requests.",
          type: "array",
          uniqueItems: true,
          items: {
            type: "string",
            pattern: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$",
            examples: ["@acme/it", "@jdoe"]
          }
        }
      }
    },
    spec: {
      title: "OrganizationSpec",
      description: "What the organization looks like in Apple's portal: units, roles, accounts, device management services and content tokens.",
      type: "object",
      additionalProperties: false,
      required: ["product", "units"],
      properties: {
        product: { $ref: "#/$defs/product" },
        essentialsSubscription: {
          title: "EssentialsSubscription",
          description: "Apple Business Essentials only: the subscription plan. With a monthly subscription Apple Business Essentials itself uses the primary location's content token, so that token must not be uploaded to another MDM.",
          type: "string",
          enum: ["none", "monthly", "annual"],
          doNotSuggest: true
        },
        units: {
          description: "Organizational units (Apple Business / Apple Business Manager) or locations (Apple Business Essentials). Exactly one is the primary (original) organization.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/unit" }
        },
        roles: {
          description: "Custom roles (Apple Business only). Built-in roles come from abm-gitops' role catalogue; an entry whose id is a built-in role's id records that role's edited permissions instead.",
          type: "array",
          items: { $ref: "#/$defs/role" }
        },
        accounts: {
          description: "Managed Apple Accounts that download or manage tokens; their role and status decide whether tokens stay valid.",
          type: "array",
          items: { $ref: "#/$defs/account" }
        },
        deviceManagementServices: {
          description: "Device management services (MDM servers) linked in Settings > Device Management Services, plus Apple's built-in service where the product has one.",
          type: "array",
          items: { $ref: "#/$defs/deviceManagementService" }
        },
        contentTokens: {
          description: "Apps and Books content tokens (Payments and Billing > Apps and Books), one per unit or location.",
          type: "array",
          items: { $ref: "#/$defs/contentToken" }
        },
        appleApi: {
          title: "AppleApiCredentials",
          description: "Read-only access to the Apple Business API (Apple Business, Apple Business Manager) for `validate --online`: an API account created in Apple's portal (Preferences > API) and its key. All three keys together; not for Apple Business Essentials.",
          type: "object",
          additionalProperties: false,
          required: ["clientId", "keyId", "privateKey"],
          properties: {
            clientId: {
              description: "The API account's client ID, as Apple shows it: BUSINESSAPI. followed by a UUID.",
              type: "string",
              pattern: "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
              examples: ["BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11"]
            },
            keyId: {
              description: "The ID Apple gave the API account's key (a UUID): the `kid` of the signed client assertion.",
              type: "string",
              pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
              examples: ["d136aa66-0c3b-4bd4-9892-c20e8db024ab"]
            },
            privateKey: {
              $ref: "#/$defs/envReference",
              description: "The API account's private key (an EC P-256 key, PEM), from the environment only.",
              examples: ["env:ACME_APPLE_API_KEY"]
            }
          },
          doNotSuggest: true
        }
      },
      allOf: [
        {
          if: { required: ["product"], properties: { product: { const: "apple-business-essentials" } } },
          $comment: "Apple Business Essentials has no Apple Business API.",
          then: { properties: { appleApi: false } }
        },
        {
          if: { properties: { product: { const: "apple-business-essentials", not: { const: "apple-business" } } } },
          $comment: "For editors only, nothing here constrains a value. yaml-language-server offers the keys of the properties above that are not doNotSuggest, and those of the then-branches whose if matches: essentialsSubscription is offered to Apple Business Essentials only. (doNotSuggest sits on an inline schema because beside a $ref it would be moved into an allOf and ignored; while completing, the server takes a value that begins the const, apple-business, for an unfinished apple-business-essentials, which the not rules out.)",
          then: {
            properties: {
              essentialsSubscription: { description: "Apple Business Essentials only: the subscription plan, none, monthly or annual." }
            }
          }
        },
        {
          if: { properties: { product: { enum: ["apple-business", "apple-business-manager"] } } },
          $comment: "For editors only, as above: appleApi is offered where the product has the Apple Business API (or is not written yet).",
          then: {
            properties: {
              appleApi: { description: "Read-only access to the Apple Business API for `validate --online`: clientId, keyId and privateKey." }
            }
          }
        }
      ],
      if: {
        required: ["product"],
        properties: { product: { not: { const: "apple-business-essentials" } } }
      },
      then: {
        properties: { essentialsSubscription: false }
      }
    },
    unit: {
      title: "Unit",
      description: "An organizational unit (Apple Business / Apple Business Manager) or a location (Apple Business Essentials).",
      type: "object",
      additionalProperties: false,
      required: ["id", "name"],
      properties: {
        id: { $ref: "#/$defs/entryId", examples: ["hq", "nyc"] },
        name: {
          description: "The unit's or location's name as shown in Apple's portal.",
          type: "string",
          minLength: 1,
          examples: ["Acme New York"]
        },
        primary: {
          description: "true for the primary (original) organization or location, the one named for the organization. Exactly one unit is primary.",
          type: "boolean",
          default: false
        }
      }
    },
    role: {
      title: "Role",
      description: "A custom role (Apple Business only), or a built-in role whose permissions this organization edited.",
      type: "object",
      additionalProperties: false,
      required: ["id", "permissions"],
      properties: {
        id: { $ref: "#/$defs/entryId", examples: ["token-manager"] },
        name: {
          description: "The role's name as shown in Apple Business.",
          type: "string",
          minLength: 1,
          examples: ["Token Manager"]
        },
        permissions: {
          description: "Everything the role may do. Apple recommends a role with only assign-licenses-for-apps-and-books for the account that downloads content tokens.",
          type: "array",
          uniqueItems: true,
          items: { $ref: "#/$defs/permission" },
          examples: [["assign-licenses-for-apps-and-books"]]
        },
        units: { $ref: "#/$defs/unitList", description: "Units the role is scoped to. Omit for all units." }
      }
    },
    account: {
      title: "Account",
      description: "A Managed Apple Account that acts on tokens.",
      type: "object",
      additionalProperties: false,
      required: ["id", "role"],
      properties: {
        id: { $ref: "#/$defs/accountId" },
        role: {
          description: "The account's role: a custom role id from roles, or a built-in role id (administrator, organization-administrator, it-administrator, device-enrollment-manager, content-manager, people-manager, staff, \u2026).",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          examples: ["organization-administrator", "administrator", "content-manager", "token-manager"]
        },
        status: {
          title: "AccountStatus",
          description: "active (default), departed (the person left the organization) or disabled (the account is deactivated). Tokens downloaded by a departed or disabled account must be replaced.",
          type: "string",
          enum: ["active", "departed", "disabled"],
          default: "active"
        },
        passwordChangedAt: {
          $ref: "#/$defs/isoDate",
          description: "When the account's password last changed. Apple invalidates every token the account downloaded before this moment."
        }
      }
    },
    renewal: {
      title: "Renewal",
      description: "A renewal in progress, written by `abm-gitops renew` on its branch.",
      type: "object",
      additionalProperties: false,
      required: ["requestedAt", "dueBy"],
      properties: {
        requestedAt: { $ref: "#/$defs/isoDate", description: "When the renewal pull request was opened." },
        dueBy: { $ref: "#/$defs/isoDate", description: "When the new token or certificate must be in place, before the current one expires." }
      }
    },
    deviceManagementService: {
      title: "DeviceManagementService",
      description: "A device management service: Apple's built-in one, or an external MDM server linked with a public key and a service token.",
      type: "object",
      additionalProperties: false,
      required: ["id", "type"],
      properties: {
        id: { $ref: "#/$defs/entryId", examples: ["jamf-prod", "built-in"] },
        type: {
          title: "ServiceType",
          description: "built-in: Apple's built-in device management service (Apple Business / Apple Business Essentials). external: an MDM server linked with a service token.",
          type: "string",
          enum: ["built-in", "external"]
        },
        name: {
          description: "The service's name as shown in Apple's portal. Apple requires it to be unique within the organization. Required for external services.",
          type: "string",
          minLength: 1,
          examples: ["Jamf Pro Production"]
        },
        vendor: { $ref: "#/$defs/vendor" },
        units: { $ref: "#/$defs/unitList", description: "Units whose devices this service manages. Omit for all units." },
        releaseDevices: {
          description: 'The "Release Devices" permission: lets the MDM release devices from the organization. Keep it off unless you need it.',
          type: "boolean",
          default: false
        },
        mdmInfoId: {
          description: "The id this MDM writes into the Apps and Books client config of the content tokens uploaded to it (Apple's `mdmInfo.id`). Lets `validate --online` tell which MDM holds a token. On the built-in service: the id Apple's built-in service writes, so its own claim on the primary unit's token is not taken for another MDM's.",
          type: "string",
          minLength: 1,
          maxLength: 100,
          examples: ["5e4a0f0c-jamf-prod"]
        },
        access: {
          title: "ServiceAccess",
          description: "available (default): we still control the MDM server behind the token. lost: the token cannot be renewed in place; devices must move to a new service and be wiped.",
          type: "string",
          enum: ["available", "lost"],
          default: "available"
        },
        publicKey: { $ref: "#/$defs/publicKey" },
        serviceToken: { $ref: "#/$defs/serviceToken" },
        apnsCertificate: { $ref: "#/$defs/apnsCertificate" }
      },
      allOf: [
        {
          if: { required: ["type"], properties: { type: { const: "external" } } },
          $comment: "ajv strictRequired wants required keys declared next to `required`; `true` adds no constraint.",
          then: { properties: { name: true, vendor: true }, required: ["name", "vendor"] }
        },
        {
          if: { required: ["type"], properties: { type: { const: "built-in" } } },
          then: {
            properties: {
              vendor: false,
              releaseDevices: false,
              access: false,
              publicKey: false,
              serviceToken: false,
              apnsCertificate: false
            }
          }
        }
      ]
    },
    publicKey: {
      title: "PublicKey",
      description: "The public key certificate (.pem or .der) uploaded to Apple for this service. The service token is encrypted to it; a new public key needs a new token. Apple does not check its dates.",
      type: "object",
      additionalProperties: false,
      required: ["ref"],
      properties: {
        ref: { $ref: "#/$defs/reference", examples: ["file:certs/jamf-prod.pem"] },
        sha256: { $ref: "#/$defs/sha256" }
      }
    },
    serviceToken: {
      title: "ServiceToken",
      description: "The ADE server token (service token, *_Token_*_smime.p7m) downloaded from Apple for this service. It expires after one year.",
      type: "object",
      additionalProperties: false,
      required: ["expiresAt"],
      properties: {
        ref: { $ref: "#/$defs/reference", examples: ["file:tokens/jamf-prod_Token_smime.p7m"] },
        sha256: { $ref: "#/$defs/sha256" },
        privateKey: {
          $ref: "#/$defs/envReference",
          description: "The private key of the service's public key certificate, from the environment only. Lets abm-gitops decrypt the token and read its real expiry."
        },
        downloadedBy: {
          $ref: "#/$defs/accountId",
          description: "The Managed Apple Account that downloaded the token (an id in accounts). Its password change or departure invalidates the token."
        },
        downloadedAt: { $ref: "#/$defs/isoDate", description: "When the token was downloaded." },
        expiresAt: { $ref: "#/$defs/isoDate", description: "When the token expires, as shown in Apple's portal (one year after download)." },
        renewal: { $ref: "#/$defs/renewal" }
      }
    },
    apnsCertificate: {
      title: "ApnsCertificate",
      description: "The MDM push (APNs) certificate the service depends on. It lasts one year and must be renewed with the same Apple Account at the Apple Push Certificates Portal.",
      type: "object",
      additionalProperties: false,
      required: ["expiresAt"],
      properties: {
        ref: { $ref: "#/$defs/reference", examples: ["file:certs/jamf-prod-apns.pem"] },
        passphrase: {
          $ref: "#/$defs/envReference",
          description: "The passphrase of a .p12 push certificate, from the environment only. Without it, a .p12 with no passphrase (or the empty one) is still read.",
          examples: ["env:JAMF_APNS_P12_PASSPHRASE"]
        },
        sha256: { $ref: "#/$defs/sha256" },
        downloadedAt: { $ref: "#/$defs/isoDate", description: "When the certificate was created or last renewed." },
        expiresAt: { $ref: "#/$defs/isoDate", description: "The certificate's expiry (notAfter)." },
        renewal: { $ref: "#/$defs/renewal" }
      }
    },
    contentToken: {
      title: "ContentToken",
      description: "An Apps and Books content token (.vpptoken) for one unit or location. It is a bearer secret: reference it with env: and identify it in the repository by sha256 only.",
      type: "object",
      additionalProperties: false,
      required: ["id", "unit", "expiresAt"],
      properties: {
        id: { $ref: "#/$defs/entryId", examples: ["nyc-apps"] },
        unit: {
          $ref: "#/$defs/entryId",
          description: "The unit or location the token belongs to (an id in units)."
        },
        service: {
          $ref: "#/$defs/entryId",
          description: "The device management service the token is uploaded to (an id in deviceManagementServices). Omit when it is not uploaded anywhere."
        },
        ref: { $ref: "#/$defs/reference", examples: ["env:VPP_TOKEN_ACME_NYC"] },
        sha256: { $ref: "#/$defs/sha256" },
        downloadedBy: {
          $ref: "#/$defs/accountId",
          description: "The Managed Apple Account that downloaded the token (an id in accounts). Apple recommends a dedicated account on a least-privilege role."
        },
        downloadedAt: { $ref: "#/$defs/isoDate", description: "When the token was downloaded." },
        expiresAt: { $ref: "#/$defs/isoDate", description: "When the token expires (one year after download)." },
        legacyUserBased: {
          description: "true for a legacy user-based token that must be migrated.",
          type: "boolean",
          default: false
        },
        renewal: { $ref: "#/$defs/renewal" }
      }
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://abm-gitops.dev/schemas/v1/config.schema.json",
  title: "ConfigDocument",
  description: "Project settings of an abm-gitops config repository (abm-gitops.yml at the repository root): which files hold organizations, expiry windows, rule severities, justified exceptions, input limits and how renewal pull requests are opened.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind"],
  properties: {
    apiVersion: {
      description: "Format version of this file.",
      const: "abm-gitops/v1"
    },
    kind: {
      description: "This document holds project settings.",
      const: "Config"
    },
    include: {
      description: "Globs (relative to the repository root) of the files that hold organizations: * ? [a-z] {a,b} and ** as a whole segment. Without it, every .yml/.yaml file whose document has apiVersion: abm-gitops/v1 is read.",
      type: "array",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: { type: "string", minLength: 1, maxLength: 1024 },
      examples: [["customers/**/*.yml"]]
    },
    expiry: { $ref: "#/$defs/expirySettings" },
    rules: { $ref: "#/$defs/ruleSeverities" },
    exceptions: {
      description: "Justified, expiring waivers of a rule for one organization (optionally one target inside it).",
      type: "array",
      items: { $ref: "#/$defs/exception" }
    },
    limits: { $ref: "#/$defs/limits" },
    online: { $ref: "#/$defs/onlineSettings" },
    renewal: { $ref: "#/$defs/renewalSettings" }
  },
  $defs: {
    duration: {
      description: "A duration: <n>d (days, at most 9999) or <n>h (hours, at most 99999).",
      type: "string",
      pattern: "^([0-9]{1,4}d|[0-9]{1,5}h)$",
      examples: ["30d", "7d", "12h"]
    },
    isoDate: {
      description: "ISO 8601 date (2027-01-31, the start of that day in UTC) or date-time with a time zone (2027-01-31T12:00:00Z).",
      type: "string",
      pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$",
      examples: ["2027-01-31"]
    },
    ownerHandle: {
      description: "A GitHub user (@user) or team (@org/team).",
      type: "string",
      pattern: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$",
      examples: ["@acme/it-leads"]
    },
    ruleId: {
      title: "RuleId",
      description: "A rule id from the abm-gitops rule catalogue (`abm-gitops explain <rule-id>`).",
      type: "string",
      enum: [
        "yaml-syntax",
        "input-limit",
        "schema",
        "duplicate-id",
        "unresolved-reference",
        "primary-unit-count",
        "duplicate-service-name",
        "primary-content-token-with-built-in-service",
        "content-token-shared",
        "content-token-per-unit",
        "content-token-downloader-role",
        "custom-role-unsupported",
        "built-in-service-unsupported",
        "downloader-permission",
        "downloader-departed",
        "token-invalidated-by-password-change",
        "token-expiry",
        "token-lifetime",
        "artifact-kind-mismatch",
        "declared-expiry-mismatch",
        "token-public-key-mismatch",
        "reference-outside-repo",
        "token-unreadable",
        "apns-certificate-missing",
        "release-devices-enabled",
        "renewal-access-lost",
        "legacy-content-token",
        "committed-secret",
        "waiver-without-reason",
        "waiver-unknown-rule",
        "waiver-expired",
        "apple-api-unavailable",
        "apple-service-not-found",
        "apple-service-undeclared",
        "apple-service-silent",
        "apple-unit-not-found",
        "apple-unit-undeclared",
        "apple-account-mismatch",
        "apple-server-token-rejected",
        "apple-terms-not-accepted",
        "apple-server-token-mismatch",
        "apple-content-token-rejected",
        "apple-content-token-claimed",
        "apple-content-token-mismatch"
      ]
    },
    ruleSeverity: {
      title: "RuleSeverity",
      description: "error, warning or info sets the severity of the rule's findings; off turns the rule off.",
      type: "string",
      enum: ["error", "warning", "info", "off"]
    },
    expirySettings: {
      title: "ExpirySettings",
      description: "Windows before a service token, content token or APNs certificate expires.",
      type: "object",
      additionalProperties: false,
      properties: {
        warnBefore: {
          $ref: "#/$defs/duration",
          description: "A warning when the expiry is this close (default 30d)."
        },
        errorBefore: {
          $ref: "#/$defs/duration",
          description: "An error when the expiry is this close, and always once expired (default 7d)."
        },
        renewBefore: {
          $ref: "#/$defs/duration",
          description: "`abm-gitops renew` opens a renewal pull request when the expiry is this close (default 45d)."
        }
      }
    },
    ruleSeverities: {
      title: "RuleSeverities",
      description: "Per-rule severity: rule id -> error | warning | info | off. An unknown rule id makes abm-gitops.yml invalid.",
      type: "object",
      propertyNames: { $ref: "#/$defs/ruleId" },
      additionalProperties: { $ref: "#/$defs/ruleSeverity" },
      examples: [{ "release-devices-enabled": "error", "legacy-content-token": "info" }]
    },
    exception: {
      title: "Exception",
      description: "A justified, expiring waiver of one rule for one organization. Waived findings stay in the report, marked waived, and do not fail the run.",
      type: "object",
      additionalProperties: false,
      required: ["rule", "organization", "reason", "expires"],
      properties: {
        rule: {
          description: "The rule id to waive. An unknown id is reported as waiver-unknown-rule.",
          type: "string",
          minLength: 1,
          $comment: "anyOf offers every rule id to editors while an unknown id stays a waiver-unknown-rule finding, not an invalid config.",
          anyOf: [{ $ref: "#/$defs/ruleId" }, { type: "string" }],
          examples: ["content-token-downloader-role"]
        },
        organization: {
          description: "metadata.name of the organization the waiver applies to.",
          type: "string",
          pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
          examples: ["acme"]
        },
        target: {
          description: "Optional: <list>/<id>[/<key>\u2026] inside spec; the waiver matches findings at or below it. Without it, the waiver covers the whole organization.",
          type: "string",
          pattern: "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$",
          examples: ["contentTokens/nyc-apps", "deviceManagementServices/jamf-prod/serviceToken"]
        },
        reason: {
          description: "Why the finding is accepted for now (a ticket, a plan). Shown next to the waived finding.",
          type: "string",
          pattern: "\\S",
          examples: ["Dedicated account is being created, ticket IT-1234"]
        },
        expires: {
          $ref: "#/$defs/isoDate",
          description: "After this date the waiver stops applying, and says so (waiver-expired)."
        }
      }
    },
    limits: {
      title: "Limits",
      description: "Input limits that protect the run from oversized or hostile YAML.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxFileBytes: {
          description: "Largest file read, in bytes (default 2097152, 2 MiB; at most 16777216, 16 MiB).",
          type: "integer",
          minimum: 1,
          maximum: 16777216,
          default: 2097152
        },
        maxDepth: {
          description: "Deepest nesting of mappings and sequences (default 64, at most 256).",
          type: "integer",
          minimum: 1,
          maximum: 256,
          default: 64
        },
        maxAliasCount: {
          description: "Most aliases a document may expand (default 1000, at most 100000).",
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 1e3
        }
      }
    },
    onlineSettings: {
      title: "OnlineSettings",
      description: "How `validate --online` asks Apple about the declared setup.",
      type: "object",
      additionalProperties: false,
      properties: {
        silentAfter: {
          $ref: "#/$defs/duration",
          description: "apple-service-silent: a service with devices that has not connected to Apple for this long (default 7d; between 1h and 366d)."
        },
        concurrency: {
          description: "Requests in flight to Apple at once, across organizations (default 4).",
          type: "integer",
          minimum: 1,
          maximum: 32,
          default: 4
        }
      }
    },
    renewalSettings: {
      title: "RenewalSettings",
      description: "How `abm-gitops renew` opens renewal pull requests.",
      type: "object",
      additionalProperties: false,
      properties: {
        dashboard: {
          description: 'Keep one "abm-gitops token dashboard" issue listing every token and certificate by expiry, updated by every `abm-gitops renew` run (default true).',
          type: "boolean",
          default: true
        },
        branchPrefix: {
          description: "Prefix of renewal branch names (default abm-gitops/renew/).",
          type: "string",
          pattern: "^[A-Za-z0-9._/-]+$",
          default: "abm-gitops/renew/"
        },
        labels: {
          description: "Labels put on renewal pull requests (default [abm-renewal]); GitHub allows 100 labels per pull request, of at most 50 characters each.",
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: { type: "string", minLength: 1, maxLength: 50 },
          default: ["abm-renewal"]
        },
        reviewers: {
          description: "GitHub users or teams asked to review every renewal pull request, in addition to each organization's metadata.owners (at most 100).",
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: { $ref: "#/$defs/ownerHandle" },
          default: []
        },
        group: {
          title: "RenewalGroup",
          description: "token: one pull request per token or certificate (default). organization: one pull request per organization.",
          type: "string",
          enum: ["token", "organization"],
          default: "token"
        }
      }
    }
  }
};

// src/base/credentials.ts
function looksLikeCredential(word) {
  return word.length >= 16 && !/\s/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /[0-9]/.test(word);
}
var PREFIXED_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|(?:CK|CS|AT|AS)_[A-Za-z0-9]{16,})|(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
var PEM_KEY_BODY = /(?<=-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)\r?\n[\sA-Za-z0-9+/=]+/g;
var TOKEN_SHAPED_RUN = /[A-Za-z0-9_\-+/=.]+/g;
var BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
var BASE64URL_RUN = /[A-Za-z0-9_-]{20,}/g;
var REFERENCE_BEFORE = /\b(?:file|env):$/;
var PATH_KEY_BEFORE = /\b(?:path|paths|file|files|dir|directory|folder|include|source)\s*:\s*["']?$/i;
var EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,11}$/;
var FILE_EXTENSION = /\.(?:ya?ml|json|p7m|p8|p12|pem|cer|crt|der|key|vpptoken|plist|mobileconfig|txt|md|csv)$/i;
var WORD_PIECE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;
var LONGEST_SECRET = 4096;
function masked(value) {
  return "*".repeat(value.length);
}
function maskPrefixedTokens(text2) {
  return text2.replace(PEM_KEY_BODY, (body) => body.replace(/\S/g, "*")).replace(PREFIXED_TOKEN, masked);
}
function shownError(message) {
  return maskPrefixedTokens(escapeControlCharacters(message));
}
function maskCredentials(text2) {
  return maskPrefixedTokens(text2).replace(
    TOKEN_SHAPED_RUN,
    (run2, offset, whole) => (
      // An e-mail address's local part (`AdminNyc2026@acme.example`) is a name.
      whole[offset + run2.length] === "@" ? run2 : maskedRun(run2, whole.slice(Math.max(0, offset - 40), offset))
    )
  );
}
function maskSourceLine(line, shown) {
  const limit = shown + LONGEST_SECRET;
  if (line.length <= limit) return maskCredentials(line);
  const cut = maskCredentials(line.slice(0, limit));
  let runStart = cut.length;
  while (runStart > 0 && /[A-Za-z0-9_\-+/=.]/.test(cut[runStart - 1])) runStart--;
  return cut.length - runStart >= 16 ? cut.slice(0, runStart) + masked(cut.slice(runStart)) : cut;
}
function maskedRun(run2, before) {
  if (isPath(run2, before)) return run2;
  const marks = new Uint8Array(run2.length);
  for (const pattern of [BASE64_RUN, BASE64URL_RUN]) {
    for (const match of run2.matchAll(pattern)) {
      if (looksLikeCredential(match[0])) marks.fill(1, match.index, match.index + match[0].length);
    }
  }
  if (!marks.includes(1)) return run2;
  let out = "";
  for (let index = 0; index < run2.length; index++) out += marks[index] ? "*" : run2[index];
  return out;
}
function isPath(run2, before) {
  if (/[+=]/.test(run2)) return false;
  if (REFERENCE_BEFORE.test(before) || FILE_EXTENSION.test(run2)) return true;
  if (!run2.includes("/")) return false;
  if (PATH_KEY_BEFORE.test(before) || EXTENSION.test(run2)) return true;
  const segments = run2.split("/");
  return segments.every((segment, index) => segment === "" ? index === 0 : isWordSegment(segment));
}
function isWordSegment(segment) {
  return segment.split(/[-_]/).every((part) => {
    const pieces = part.match(WORD_PIECE) ?? [];
    if (pieces.join("") !== part) return false;
    const numbers = pieces.filter((piece) => /^[0-9]/.test(piece));
    if (numbers.length > 1 || numbers.length === 1 && !/^[0-9]|[0-9]$/.test(part)) return false;
    const capitals = pieces.filter((piece) => /^[A-Z]+$/.test(piece));
    const words = pieces.filter((piece) => /[a-z]/.test(piece));
    return capitals.length <= 1 && capitals.every((acronym) => acronym.length >= 2 && acronym.length <= 4) && words.every((word) => word.length >= 3 && /[aeiouy]/i.test(word));
  });
}

// src/schema/did-you-mean.ts
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return best !== void 0 && bestDistance <= tolerance && bestDistance < Math.min(word.length, best.length) ? best : void 0;
}
function editDistance(a2, b2) {
  const rows = a2.length + 1;
  const cols = b2.length + 1;
  const d2 = Array.from({ length: rows }, (_2, i2) => Array.from({ length: cols }, (_3, j2) => i2 === 0 ? j2 : j2 === 0 ? i2 : 0));
  for (let i2 = 1; i2 < rows; i2++) {
    for (let j2 = 1; j2 < cols; j2++) {
      const cost = a2[i2 - 1] === b2[j2 - 1] ? 0 : 1;
      let value = Math.min(d2[i2 - 1][j2] + 1, d2[i2][j2 - 1] + 1, d2[i2 - 1][j2 - 1] + cost);
      if (i2 > 1 && j2 > 1 && a2[i2 - 1] === b2[j2 - 2] && a2[i2 - 2] === b2[j2 - 1]) value = Math.min(value, d2[i2 - 2][j2 - 2] + 1);
      d2[i2][j2] = value;
    }
  }
  return d2[a2.length][b2.length];
}
function suggestReference(written, entries) {
  const typo = didYouMean(
    written,
    entries.map((entry) => entry.id)
  );
  if (typo) return typo;
  const wanted = written.trim().toLowerCase();
  const byName = entries.filter((entry) => entry.name?.trim().toLowerCase() === wanted);
  if (byName.length === 1) return byName[0].id;
  if (wanted.length < 2) return void 0;
  const byPart = entries.filter(
    (entry) => entry.id.toLowerCase().split(/[-_.@\s]+/).includes(wanted)
  );
  return byPart.length === 1 ? byPart[0].id : void 0;
}

// src/schema/compile.ts
var organization = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://abm-gitops.dev/schemas/v1/organization.schema.json", "title": "OrganizationDocument", "description": "One Apple Business, Apple Business Manager or Apple Business Essentials organization (one tenant) kept in git: its units, device management services, roles, Managed Apple Accounts and the tokens and certificates that expire every year.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "description": "Format version of this file. Documents with another apiVersion are ignored by abm-gitops.", "const": "abm-gitops/v1" }, "kind": { "description": "This document describes one organization (one Apple Business / Apple Business Manager / Apple Business Essentials tenant).", "const": "Organization" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "$ref": "#/$defs/spec" } }, "$defs": { "isoDate": { "description": "ISO 8601 date (2027-01-10, the start of that day in UTC) or date-time with a time zone (2027-01-10T12:00:00Z, 2027-01-10T14:00:00+02:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", "examples": ["2027-01-10", "2027-01-10T14:37:38Z"] }, "reference": { "description": "Where the real file or secret lives: file:<path relative to this YAML file, inside the repository> or env:<ENVIRONMENT_VARIABLE>. An unset env: variable is fine (offline validation checks the declared dates only).", "type": "string", "pattern": "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", "examples": ["file:tokens/jamf-prod_Token_smime.p7m", "env:VPP_TOKEN_HQ"] }, "envReference": { "description": "A secret taken from an environment variable (env:NAME). Private keys may only come from the environment, never from a file in the repository.", "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "examples": ["env:JAMF_DEP_PRIVATE_KEY"] }, "sha256": { "description": "SHA-256 of the file, 64 lowercase hex digits (`shasum -a 256 <file>`). Identifies a token without committing the secret, so the same token used twice is spotted.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "entryId": { "description": "Identifier of this entry, unique within its list; other entries refer to it by this id.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "accountId": { "description": "The Managed Apple Account (user name, email-like) that signs in to Apple Business / Apple Business Manager / Apple Business Essentials.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "examples": ["vpp-tokens@acme.example"] }, "unitList": { "description": "Ids of units (organizational units or locations) in this organization. Omit the key to mean all units.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/entryId" } }, "product": { "title": "Product", "description": "Which Apple product this organization uses: apple-business, apple-business-manager or apple-business-essentials. It decides which built-in roles exist, whether custom roles and the built-in device management service are available.", "type": "string", "enum": ["apple-business", "apple-business-manager", "apple-business-essentials"] }, "vendor": { "title": "Vendor", "description": "The MDM product behind this external device management service.", "type": "string", "enum": ["jamf", "intune", "kandji", "mosyle", "fleet", "n-central", "n-sight", "nanomdm", "other"] }, "permission": { "title": "Permission", "description": `A role permission, in kebab-case form of Apple's own phrase (e.g. assign-licenses-for-apps-and-books = "Assign licenses for Apps and Books").`, "type": "string", "enum": ["manage-device-management-services", "assign-licenses-for-apps-and-books", "get-licenses-for-apps-and-books", "view-apps-and-books", "manage-roles", "manage-accounts", "manage-units", "accept-terms"] }, "metadata": { "title": "Metadata", "description": "How this organization is named in the repository and who reviews its renewals.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Short name of the organization, unique across the repository: lowercase letters, digits and dashes. Used in findings, Config exceptions and renewal branch names.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "examples": ["acme"] }, "displayName": { "description": "The organization's name as shown in Apple Business Manager (for people reading reports).", "type": "string", "minLength": 1, "examples": ["Acme Corp"] }, "owners": { "description": "GitHub users (@user) or teams (@org/team) asked to review this organization's renewal pull requests.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", "examples": ["@acme/it", "@jdoe"] } } } }, "spec": { "title": "OrganizationSpec", "description": "What the organization looks like in Apple's portal: units, roles, accounts, device management services and content tokens.", "type": "object", "additionalProperties": false, "required": ["product", "units"], "properties": { "product": { "$ref": "#/$defs/product" }, "essentialsSubscription": { "title": "EssentialsSubscription", "description": "Apple Business Essentials only: the subscription plan. With a monthly subscription Apple Business Essentials itself uses the primary location's content token, so that token must not be uploaded to another MDM.", "type": "string", "enum": ["none", "monthly", "annual"], "doNotSuggest": true }, "units": { "description": "Organizational units (Apple Business / Apple Business Manager) or locations (Apple Business Essentials). Exactly one is the primary (original) organization.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/unit" } }, "roles": { "description": "Custom roles (Apple Business only). Built-in roles come from abm-gitops' role catalogue; an entry whose id is a built-in role's id records that role's edited permissions instead.", "type": "array", "items": { "$ref": "#/$defs/role" } }, "accounts": { "description": "Managed Apple Accounts that download or manage tokens; their role and status decide whether tokens stay valid.", "type": "array", "items": { "$ref": "#/$defs/account" } }, "deviceManagementServices": { "description": "Device management services (MDM servers) linked in Settings > Device Management Services, plus Apple's built-in service where the product has one.", "type": "array", "items": { "$ref": "#/$defs/deviceManagementService" } }, "contentTokens": { "description": "Apps and Books content tokens (Payments and Billing > Apps and Books), one per unit or location.", "type": "array", "items": { "$ref": "#/$defs/contentToken" } }, "appleApi": { "title": "AppleApiCredentials", "description": "Read-only access to the Apple Business API (Apple Business, Apple Business Manager) for `validate --online`: an API account created in Apple's portal (Preferences > API) and its key. All three keys together; not for Apple Business Essentials.", "type": "object", "additionalProperties": false, "required": ["clientId", "keyId", "privateKey"], "properties": { "clientId": { "description": "The API account's client ID, as Apple shows it: BUSINESSAPI. followed by a UUID.", "type": "string", "pattern": "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "examples": ["BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11"] }, "keyId": { "description": "The ID Apple gave the API account's key (a UUID): the `kid` of the signed client assertion.", "type": "string", "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "examples": ["d136aa66-0c3b-4bd4-9892-c20e8db024ab"] }, "privateKey": { "$ref": "#/$defs/envReference", "description": "The API account's private key (an EC P-256 key, PEM), from the environment only.", "examples": ["env:ACME_APPLE_API_KEY"] } }, "doNotSuggest": true } }, "allOf": [{ "if": { "required": ["product"], "properties": { "product": { "const": "apple-business-essentials" } } }, "$comment": "Apple Business Essentials has no Apple Business API.", "then": { "properties": { "appleApi": false } } }, { "if": { "properties": { "product": { "const": "apple-business-essentials", "not": { "const": "apple-business" } } } }, "$comment": "For editors only, nothing here constrains a value. yaml-language-server offers the keys of the properties above that are not doNotSuggest, and those of the then-branches whose if matches: essentialsSubscription is offered to Apple Business Essentials only. (doNotSuggest sits on an inline schema because beside a $ref it would be moved into an allOf and ignored; while completing, the server takes a value that begins the const, apple-business, for an unfinished apple-business-essentials, which the not rules out.)", "then": { "properties": { "essentialsSubscription": { "description": "Apple Business Essentials only: the subscription plan, none, monthly or annual." } } } }, { "if": { "properties": { "product": { "enum": ["apple-business", "apple-business-manager"] } } }, "$comment": "For editors only, as above: appleApi is offered where the product has the Apple Business API (or is not written yet).", "then": { "properties": { "appleApi": { "description": "Read-only access to the Apple Business API for `validate --online`: clientId, keyId and privateKey." } } } }], "if": { "required": ["product"], "properties": { "product": { "not": { "const": "apple-business-essentials" } } } }, "then": { "properties": { "essentialsSubscription": false } } }, "unit": { "title": "Unit", "description": "An organizational unit (Apple Business / Apple Business Manager) or a location (Apple Business Essentials).", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["hq", "nyc"] }, "name": { "description": "The unit's or location's name as shown in Apple's portal.", "type": "string", "minLength": 1, "examples": ["Acme New York"] }, "primary": { "description": "true for the primary (original) organization or location, the one named for the organization. Exactly one unit is primary.", "type": "boolean", "default": false } } }, "role": { "title": "Role", "description": "A custom role (Apple Business only), or a built-in role whose permissions this organization edited.", "type": "object", "additionalProperties": false, "required": ["id", "permissions"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["token-manager"] }, "name": { "description": "The role's name as shown in Apple Business.", "type": "string", "minLength": 1, "examples": ["Token Manager"] }, "permissions": { "description": "Everything the role may do. Apple recommends a role with only assign-licenses-for-apps-and-books for the account that downloads content tokens.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/permission" }, "examples": [["assign-licenses-for-apps-and-books"]] }, "units": { "$ref": "#/$defs/unitList", "description": "Units the role is scoped to. Omit for all units." } } }, "account": { "title": "Account", "description": "A Managed Apple Account that acts on tokens.", "type": "object", "additionalProperties": false, "required": ["id", "role"], "properties": { "id": { "$ref": "#/$defs/accountId" }, "role": { "description": "The account's role: a custom role id from roles, or a built-in role id (administrator, organization-administrator, it-administrator, device-enrollment-manager, content-manager, people-manager, staff, \u2026).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "examples": ["organization-administrator", "administrator", "content-manager", "token-manager"] }, "status": { "title": "AccountStatus", "description": "active (default), departed (the person left the organization) or disabled (the account is deactivated). Tokens downloaded by a departed or disabled account must be replaced.", "type": "string", "enum": ["active", "departed", "disabled"], "default": "active" }, "passwordChangedAt": { "$ref": "#/$defs/isoDate", "description": "When the account's password last changed. Apple invalidates every token the account downloaded before this moment." } } }, "renewal": { "title": "Renewal", "description": "A renewal in progress, written by `abm-gitops renew` on its branch.", "type": "object", "additionalProperties": false, "required": ["requestedAt", "dueBy"], "properties": { "requestedAt": { "$ref": "#/$defs/isoDate", "description": "When the renewal pull request was opened." }, "dueBy": { "$ref": "#/$defs/isoDate", "description": "When the new token or certificate must be in place, before the current one expires." } } }, "deviceManagementService": { "title": "DeviceManagementService", "description": "A device management service: Apple's built-in one, or an external MDM server linked with a public key and a service token.", "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["jamf-prod", "built-in"] }, "type": { "title": "ServiceType", "description": "built-in: Apple's built-in device management service (Apple Business / Apple Business Essentials). external: an MDM server linked with a service token.", "type": "string", "enum": ["built-in", "external"] }, "name": { "description": "The service's name as shown in Apple's portal. Apple requires it to be unique within the organization. Required for external services.", "type": "string", "minLength": 1, "examples": ["Jamf Pro Production"] }, "vendor": { "$ref": "#/$defs/vendor" }, "units": { "$ref": "#/$defs/unitList", "description": "Units whose devices this service manages. Omit for all units." }, "releaseDevices": { "description": 'The "Release Devices" permission: lets the MDM release devices from the organization. Keep it off unless you need it.', "type": "boolean", "default": false }, "mdmInfoId": { "description": "The id this MDM writes into the Apps and Books client config of the content tokens uploaded to it (Apple's `mdmInfo.id`). Lets `validate --online` tell which MDM holds a token. On the built-in service: the id Apple's built-in service writes, so its own claim on the primary unit's token is not taken for another MDM's.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["5e4a0f0c-jamf-prod"] }, "access": { "title": "ServiceAccess", "description": "available (default): we still control the MDM server behind the token. lost: the token cannot be renewed in place; devices must move to a new service and be wiped.", "type": "string", "enum": ["available", "lost"], "default": "available" }, "publicKey": { "$ref": "#/$defs/publicKey" }, "serviceToken": { "$ref": "#/$defs/serviceToken" }, "apnsCertificate": { "$ref": "#/$defs/apnsCertificate" } }, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "external" } } }, "$comment": "ajv strictRequired wants required keys declared next to `required`; `true` adds no constraint.", "then": { "properties": { "name": true, "vendor": true }, "required": ["name", "vendor"] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "built-in" } } }, "then": { "properties": { "vendor": false, "releaseDevices": false, "access": false, "publicKey": false, "serviceToken": false, "apnsCertificate": false } } }] }, "publicKey": { "title": "PublicKey", "description": "The public key certificate (.pem or .der) uploaded to Apple for this service. The service token is encrypted to it; a new public key needs a new token. Apple does not check its dates.", "type": "object", "additionalProperties": false, "required": ["ref"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:certs/jamf-prod.pem"] }, "sha256": { "$ref": "#/$defs/sha256" } } }, "serviceToken": { "title": "ServiceToken", "description": "The ADE server token (service token, *_Token_*_smime.p7m) downloaded from Apple for this service. It expires after one year.", "type": "object", "additionalProperties": false, "required": ["expiresAt"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:tokens/jamf-prod_Token_smime.p7m"] }, "sha256": { "$ref": "#/$defs/sha256" }, "privateKey": { "$ref": "#/$defs/envReference", "description": "The private key of the service's public key certificate, from the environment only. Lets abm-gitops decrypt the token and read its real expiry." }, "downloadedBy": { "$ref": "#/$defs/accountId", "description": "The Managed Apple Account that downloaded the token (an id in accounts). Its password change or departure invalidates the token." }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the token was downloaded." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "When the token expires, as shown in Apple's portal (one year after download)." }, "renewal": { "$ref": "#/$defs/renewal" } } }, "apnsCertificate": { "title": "ApnsCertificate", "description": "The MDM push (APNs) certificate the service depends on. It lasts one year and must be renewed with the same Apple Account at the Apple Push Certificates Portal.", "type": "object", "additionalProperties": false, "required": ["expiresAt"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:certs/jamf-prod-apns.pem"] }, "passphrase": { "$ref": "#/$defs/envReference", "description": "The passphrase of a .p12 push certificate, from the environment only. Without it, a .p12 with no passphrase (or the empty one) is still read.", "examples": ["env:JAMF_APNS_P12_PASSPHRASE"] }, "sha256": { "$ref": "#/$defs/sha256" }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the certificate was created or last renewed." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "The certificate's expiry (notAfter)." }, "renewal": { "$ref": "#/$defs/renewal" } } }, "contentToken": { "title": "ContentToken", "description": "An Apps and Books content token (.vpptoken) for one unit or location. It is a bearer secret: reference it with env: and identify it in the repository by sha256 only.", "type": "object", "additionalProperties": false, "required": ["id", "unit", "expiresAt"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["nyc-apps"] }, "unit": { "$ref": "#/$defs/entryId", "description": "The unit or location the token belongs to (an id in units)." }, "service": { "$ref": "#/$defs/entryId", "description": "The device management service the token is uploaded to (an id in deviceManagementServices). Omit when it is not uploaded anywhere." }, "ref": { "$ref": "#/$defs/reference", "examples": ["env:VPP_TOKEN_ACME_NYC"] }, "sha256": { "$ref": "#/$defs/sha256" }, "downloadedBy": { "$ref": "#/$defs/accountId", "description": "The Managed Apple Account that downloaded the token (an id in accounts). Apple recommends a dedicated account on a least-privilege role." }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the token was downloaded." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "When the token expires (one year after download)." }, "legacyUserBased": { "description": "true for a legacy user-based token that must be migrated.", "type": "boolean", "default": false }, "renewal": { "$ref": "#/$defs/renewal" } } } } };
var schema32 = { "title": "Metadata", "description": "How this organization is named in the repository and who reviews its renewals.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Short name of the organization, unique across the repository: lowercase letters, digits and dashes. Used in findings, Config exceptions and renewal branch names.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "examples": ["acme"] }, "displayName": { "description": "The organization's name as shown in Apple Business Manager (for people reading reports).", "type": "string", "minLength": 1, "examples": ["Acme Corp"] }, "owners": { "description": "GitHub users (@user) or teams (@org/team) asked to review this organization's renewal pull requests.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", "examples": ["@acme/it", "@jdoe"] } } } };
var pattern4 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
var pattern5 = new RegExp("^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", "u");
var func1 = require_ucs2length().default;
var schema33 = { "title": "OrganizationSpec", "description": "What the organization looks like in Apple's portal: units, roles, accounts, device management services and content tokens.", "type": "object", "additionalProperties": false, "required": ["product", "units"], "properties": { "product": { "$ref": "#/$defs/product" }, "essentialsSubscription": { "title": "EssentialsSubscription", "description": "Apple Business Essentials only: the subscription plan. With a monthly subscription Apple Business Essentials itself uses the primary location's content token, so that token must not be uploaded to another MDM.", "type": "string", "enum": ["none", "monthly", "annual"], "doNotSuggest": true }, "units": { "description": "Organizational units (Apple Business / Apple Business Manager) or locations (Apple Business Essentials). Exactly one is the primary (original) organization.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/unit" } }, "roles": { "description": "Custom roles (Apple Business only). Built-in roles come from abm-gitops' role catalogue; an entry whose id is a built-in role's id records that role's edited permissions instead.", "type": "array", "items": { "$ref": "#/$defs/role" } }, "accounts": { "description": "Managed Apple Accounts that download or manage tokens; their role and status decide whether tokens stay valid.", "type": "array", "items": { "$ref": "#/$defs/account" } }, "deviceManagementServices": { "description": "Device management services (MDM servers) linked in Settings > Device Management Services, plus Apple's built-in service where the product has one.", "type": "array", "items": { "$ref": "#/$defs/deviceManagementService" } }, "contentTokens": { "description": "Apps and Books content tokens (Payments and Billing > Apps and Books), one per unit or location.", "type": "array", "items": { "$ref": "#/$defs/contentToken" } }, "appleApi": { "title": "AppleApiCredentials", "description": "Read-only access to the Apple Business API (Apple Business, Apple Business Manager) for `validate --online`: an API account created in Apple's portal (Preferences > API) and its key. All three keys together; not for Apple Business Essentials.", "type": "object", "additionalProperties": false, "required": ["clientId", "keyId", "privateKey"], "properties": { "clientId": { "description": "The API account's client ID, as Apple shows it: BUSINESSAPI. followed by a UUID.", "type": "string", "pattern": "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "examples": ["BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11"] }, "keyId": { "description": "The ID Apple gave the API account's key (a UUID): the `kid` of the signed client assertion.", "type": "string", "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "examples": ["d136aa66-0c3b-4bd4-9892-c20e8db024ab"] }, "privateKey": { "$ref": "#/$defs/envReference", "description": "The API account's private key (an EC P-256 key, PEM), from the environment only.", "examples": ["env:ACME_APPLE_API_KEY"] } }, "doNotSuggest": true } }, "allOf": [{ "if": { "required": ["product"], "properties": { "product": { "const": "apple-business-essentials" } } }, "$comment": "Apple Business Essentials has no Apple Business API.", "then": { "properties": { "appleApi": false } } }, { "if": { "properties": { "product": { "const": "apple-business-essentials", "not": { "const": "apple-business" } } } }, "$comment": "For editors only, nothing here constrains a value. yaml-language-server offers the keys of the properties above that are not doNotSuggest, and those of the then-branches whose if matches: essentialsSubscription is offered to Apple Business Essentials only. (doNotSuggest sits on an inline schema because beside a $ref it would be moved into an allOf and ignored; while completing, the server takes a value that begins the const, apple-business, for an unfinished apple-business-essentials, which the not rules out.)", "then": { "properties": { "essentialsSubscription": { "description": "Apple Business Essentials only: the subscription plan, none, monthly or annual." } } } }, { "if": { "properties": { "product": { "enum": ["apple-business", "apple-business-manager"] } } }, "$comment": "For editors only, as above: appleApi is offered where the product has the Apple Business API (or is not written yet).", "then": { "properties": { "appleApi": { "description": "Read-only access to the Apple Business API for `validate --online`: clientId, keyId and privateKey." } } } }], "if": { "required": ["product"], "properties": { "product": { "not": { "const": "apple-business-essentials" } } } }, "then": { "properties": { "essentialsSubscription": false } } };
var schema34 = { "title": "Product", "description": "Which Apple product this organization uses: apple-business, apple-business-manager or apple-business-essentials. It decides which built-in roles exist, whether custom roles and the built-in device management service are available.", "type": "string", "enum": ["apple-business", "apple-business-manager", "apple-business-essentials"] };
var schema54 = { "description": "A secret taken from an environment variable (env:NAME). Private keys may only come from the environment, never from a file in the repository.", "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "examples": ["env:JAMF_DEP_PRIVATE_KEY"] };
var schema35 = { "title": "Unit", "description": "An organizational unit (Apple Business / Apple Business Manager) or a location (Apple Business Essentials).", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["hq", "nyc"] }, "name": { "description": "The unit's or location's name as shown in Apple's portal.", "type": "string", "minLength": 1, "examples": ["Acme New York"] }, "primary": { "description": "true for the primary (original) organization or location, the one named for the organization. Exactly one unit is primary.", "type": "boolean", "default": false } } };
var schema36 = { "description": "Identifier of this entry, unique within its list; other entries refer to it by this id.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" };
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "primary")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.primary !== void 0) {
      let data2 = data.primary;
      if (typeof data2 !== "boolean") {
        const err7 = { instancePath: instancePath + "/primary", schemaPath: "#/properties/primary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.primary.type, parentSchema: schema35.properties.primary, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "title": "Role", "description": "A custom role (Apple Business only), or a built-in role whose permissions this organization edited.", "type": "object", "additionalProperties": false, "required": ["id", "permissions"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["token-manager"] }, "name": { "description": "The role's name as shown in Apple Business.", "type": "string", "minLength": 1, "examples": ["Token Manager"] }, "permissions": { "description": "Everything the role may do. Apple recommends a role with only assign-licenses-for-apps-and-books for the account that downloads content tokens.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/permission" }, "examples": [["assign-licenses-for-apps-and-books"]] }, "units": { "$ref": "#/$defs/unitList", "description": "Units the role is scoped to. Omit for all units." } } };
var schema39 = { "title": "Permission", "description": `A role permission, in kebab-case form of Apple's own phrase (e.g. assign-licenses-for-apps-and-books = "Assign licenses for Apps and Books").`, "type": "string", "enum": ["manage-device-management-services", "assign-licenses-for-apps-and-books", "get-licenses-for-apps-and-books", "view-apps-and-books", "manage-roles", "manage-accounts", "manage-units", "accept-terms"] };
var func0 = require_equal().default;
var schema40 = { "description": "Ids of units (organizational units or locations) in this organization. Omit the key to mean all units.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/entryId" } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permissions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "permissions" || key0 === "units")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.name.type, parentSchema: schema37.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data2 = data.permissions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/permission/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data3 === "manage-device-management-services" || data3 === "assign-licenses-for-apps-and-books" || data3 === "get-licenses-for-apps-and-books" || data3 === "view-apps-and-books" || data3 === "manage-roles" || data3 === "manage-accounts" || data3 === "manage-units" || data3 === "accept-terms")) {
            const err8 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/permission/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err9 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema37.properties.permissions, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.permissions.type, parentSchema: schema37.properties.permissions, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      if (!validate25(data.units, { instancePath: instancePath + "/units", parentData: data, parentDataProperty: "units", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "title": "Account", "description": "A Managed Apple Account that acts on tokens.", "type": "object", "additionalProperties": false, "required": ["id", "role"], "properties": { "id": { "$ref": "#/$defs/accountId" }, "role": { "description": "The account's role: a custom role id from roles, or a built-in role id (administrator, organization-administrator, it-administrator, device-enrollment-manager, content-manager, people-manager, staff, \u2026).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "examples": ["organization-administrator", "administrator", "content-manager", "token-manager"] }, "status": { "title": "AccountStatus", "description": "active (default), departed (the person left the organization) or disabled (the account is deactivated). Tokens downloaded by a departed or disabled account must be replaced.", "type": "string", "enum": ["active", "departed", "disabled"], "default": "active" }, "passwordChangedAt": { "$ref": "#/$defs/isoDate", "description": "When the account's password last changed. Apple invalidates every token the account downloaded before this moment." } } };
var schema43 = { "description": "The Managed Apple Account (user name, email-like) that signs in to Apple Business / Apple Business Manager / Apple Business Essentials.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "examples": ["vpp-tokens@acme.example"] };
var schema44 = { "description": "ISO 8601 date (2027-01-10, the start of that day in UTC) or date-time with a time zone (2027-01-10T12:00:00Z, 2027-01-10T14:00:00+02:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", "examples": ["2027-01-10", "2027-01-10T14:37:38Z"] };
var pattern9 = new RegExp("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "u");
var pattern11 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "role" || key0 === "status" || key0 === "passwordChangedAt")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/accountId/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", parentSchema: schema43, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err5 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema42.properties.role, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.role.type, parentSchema: schema42.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.status.type, parentSchema: schema42.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === "active" || data2 === "departed" || data2 === "disabled")) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema42.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.status.enum, parentSchema: schema42.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.passwordChangedAt !== void 0) {
      let data3 = data.passwordChangedAt;
      if (typeof data3 === "string") {
        if (!pattern11.test(data3)) {
          const err9 = { instancePath: instancePath + "/passwordChangedAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/passwordChangedAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "title": "DeviceManagementService", "description": "A device management service: Apple's built-in one, or an external MDM server linked with a public key and a service token.", "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["jamf-prod", "built-in"] }, "type": { "title": "ServiceType", "description": "built-in: Apple's built-in device management service (Apple Business / Apple Business Essentials). external: an MDM server linked with a service token.", "type": "string", "enum": ["built-in", "external"] }, "name": { "description": "The service's name as shown in Apple's portal. Apple requires it to be unique within the organization. Required for external services.", "type": "string", "minLength": 1, "examples": ["Jamf Pro Production"] }, "vendor": { "$ref": "#/$defs/vendor" }, "units": { "$ref": "#/$defs/unitList", "description": "Units whose devices this service manages. Omit for all units." }, "releaseDevices": { "description": 'The "Release Devices" permission: lets the MDM release devices from the organization. Keep it off unless you need it.', "type": "boolean", "default": false }, "mdmInfoId": { "description": "The id this MDM writes into the Apps and Books client config of the content tokens uploaded to it (Apple's `mdmInfo.id`). Lets `validate --online` tell which MDM holds a token. On the built-in service: the id Apple's built-in service writes, so its own claim on the primary unit's token is not taken for another MDM's.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["5e4a0f0c-jamf-prod"] }, "access": { "title": "ServiceAccess", "description": "available (default): we still control the MDM server behind the token. lost: the token cannot be renewed in place; devices must move to a new service and be wiped.", "type": "string", "enum": ["available", "lost"], "default": "available" }, "publicKey": { "$ref": "#/$defs/publicKey" }, "serviceToken": { "$ref": "#/$defs/serviceToken" }, "apnsCertificate": { "$ref": "#/$defs/apnsCertificate" } }, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "external" } } }, "$comment": "ajv strictRequired wants required keys declared next to `required`; `true` adds no constraint.", "then": { "properties": { "name": true, "vendor": true }, "required": ["name", "vendor"] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "built-in" } } }, "then": { "properties": { "vendor": false, "releaseDevices": false, "access": false, "publicKey": false, "serviceToken": false, "apnsCertificate": false } } }] };
var schema47 = { "title": "Vendor", "description": "The MDM product behind this external device management service.", "type": "string", "enum": ["jamf", "intune", "kandji", "mosyle", "fleet", "n-central", "n-sight", "nanomdm", "other"] };
var func6 = Object.prototype.hasOwnProperty;
var schema48 = { "title": "PublicKey", "description": "The public key certificate (.pem or .der) uploaded to Apple for this service. The service token is encrypted to it; a new public key needs a new token. Apple does not check its dates.", "type": "object", "additionalProperties": false, "required": ["ref"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:certs/jamf-prod.pem"] }, "sha256": { "$ref": "#/$defs/sha256" } } };
var schema49 = { "description": "Where the real file or secret lives: file:<path relative to this YAML file, inside the repository> or env:<ENVIRONMENT_VARIABLE>. An unset env: variable is fine (offline validation checks the declared dates only).", "type": "string", "pattern": "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", "examples": ["file:tokens/jamf-prod_Token_smime.p7m", "env:VPP_TOKEN_HQ"] };
var schema50 = { "description": "SHA-256 of the file, 64 lowercase hex digits (`shasum -a 256 <file>`). Identifies a token without committing the secret, so the same token used twice is spotted.", "type": "string", "pattern": "^[0-9a-f]{64}$" };
var pattern13 = new RegExp("^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", "u");
var pattern14 = new RegExp("^[0-9a-f]{64}$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ref" || key0 === "sha256")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/pattern", keyword: "pattern", params: { pattern: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$" }, message: 'must match pattern "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$"', schema: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 === "string") {
        if (!pattern14.test(data1)) {
          const err4 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema51 = { "title": "ServiceToken", "description": "The ADE server token (service token, *_Token_*_smime.p7m) downloaded from Apple for this service. It expires after one year.", "type": "object", "additionalProperties": false, "required": ["expiresAt"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:tokens/jamf-prod_Token_smime.p7m"] }, "sha256": { "$ref": "#/$defs/sha256" }, "privateKey": { "$ref": "#/$defs/envReference", "description": "The private key of the service's public key certificate, from the environment only. Lets abm-gitops decrypt the token and read its real expiry." }, "downloadedBy": { "$ref": "#/$defs/accountId", "description": "The Managed Apple Account that downloaded the token (an id in accounts). Its password change or departure invalidates the token." }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the token was downloaded." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "When the token expires, as shown in Apple's portal (one year after download)." }, "renewal": { "$ref": "#/$defs/renewal" } } };
var pattern17 = new RegExp("^env:[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema58 = { "title": "Renewal", "description": "A renewal in progress, written by `abm-gitops renew` on its branch.", "type": "object", "additionalProperties": false, "required": ["requestedAt", "dueBy"], "properties": { "requestedAt": { "$ref": "#/$defs/isoDate", "description": "When the renewal pull request was opened." }, "dueBy": { "$ref": "#/$defs/isoDate", "description": "When the new token or certificate must be in place, before the current one expires." } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requestedAt === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestedAt" }, message: "must have required property 'requestedAt'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dueBy === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dueBy" }, message: "must have required property 'dueBy'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requestedAt" || key0 === "dueBy")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.requestedAt !== void 0) {
      let data0 = data.requestedAt;
      if (typeof data0 === "string") {
        if (!pattern11.test(data0)) {
          const err3 = { instancePath: instancePath + "/requestedAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/requestedAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dueBy !== void 0) {
      let data1 = data.dueBy;
      if (typeof data1 === "string") {
        if (!pattern11.test(data1)) {
          const err5 = { instancePath: instancePath + "/dueBy", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/dueBy", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expiresAt === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expiresAt" }, message: "must have required property 'expiresAt'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ref" || key0 === "sha256" || key0 === "privateKey" || key0 === "downloadedBy" || key0 === "downloadedAt" || key0 === "expiresAt" || key0 === "renewal")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/pattern", keyword: "pattern", params: { pattern: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$" }, message: 'must match pattern "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$"', schema: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 === "string") {
        if (!pattern14.test(data1)) {
          const err4 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.privateKey !== void 0) {
      let data2 = data.privateKey;
      if (typeof data2 === "string") {
        if (!pattern17.test(data2)) {
          const err6 = { instancePath: instancePath + "/privateKey", schemaPath: "#/$defs/envReference/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema54, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/privateKey", schemaPath: "#/$defs/envReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.downloadedBy !== void 0) {
      let data3 = data.downloadedBy;
      if (typeof data3 === "string") {
        if (!pattern9.test(data3)) {
          const err8 = { instancePath: instancePath + "/downloadedBy", schemaPath: "#/$defs/accountId/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", parentSchema: schema43, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/downloadedBy", schemaPath: "#/$defs/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.downloadedAt !== void 0) {
      let data4 = data.downloadedAt;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err10 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.expiresAt !== void 0) {
      let data5 = data.expiresAt;
      if (typeof data5 === "string") {
        if (!pattern11.test(data5)) {
          const err12 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.renewal !== void 0) {
      if (!validate35(data.renewal, { instancePath: instancePath + "/renewal", parentData: data, parentDataProperty: "renewal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "title": "ApnsCertificate", "description": "The MDM push (APNs) certificate the service depends on. It lasts one year and must be renewed with the same Apple Account at the Apple Push Certificates Portal.", "type": "object", "additionalProperties": false, "required": ["expiresAt"], "properties": { "ref": { "$ref": "#/$defs/reference", "examples": ["file:certs/jamf-prod-apns.pem"] }, "passphrase": { "$ref": "#/$defs/envReference", "description": "The passphrase of a .p12 push certificate, from the environment only. Without it, a .p12 with no passphrase (or the empty one) is still read.", "examples": ["env:JAMF_APNS_P12_PASSPHRASE"] }, "sha256": { "$ref": "#/$defs/sha256" }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the certificate was created or last renewed." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "The certificate's expiry (notAfter)." }, "renewal": { "$ref": "#/$defs/renewal" } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expiresAt === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expiresAt" }, message: "must have required property 'expiresAt'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ref" || key0 === "passphrase" || key0 === "sha256" || key0 === "downloadedAt" || key0 === "expiresAt" || key0 === "renewal")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/pattern", keyword: "pattern", params: { pattern: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$" }, message: 'must match pattern "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$"', schema: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.passphrase !== void 0) {
      let data1 = data.passphrase;
      if (typeof data1 === "string") {
        if (!pattern17.test(data1)) {
          const err4 = { instancePath: instancePath + "/passphrase", schemaPath: "#/$defs/envReference/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema54, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/passphrase", schemaPath: "#/$defs/envReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 === "string") {
        if (!pattern14.test(data2)) {
          const err6 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema50, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.downloadedAt !== void 0) {
      let data3 = data.downloadedAt;
      if (typeof data3 === "string") {
        if (!pattern11.test(data3)) {
          const err8 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.expiresAt !== void 0) {
      let data4 = data.expiresAt;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err10 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.renewal !== void 0) {
      if (!validate35(data.renewal, { instancePath: instancePath + "/renewal", parentData: data, parentDataProperty: "renewal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid1 = true;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("external" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema45.allOf[0].then.required, parentSchema: schema45.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.vendor === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property 'vendor'", schema: schema45.allOf[0].then.required, parentSchema: schema45.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.name = true;
      props0.vendor = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema45.allOf[0].if, parentSchema: schema45.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs8 = errors;
  let valid3 = true;
  const _errs9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("built-in" !== data.type) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs9 === errors;
  errors = _errs8;
  if (vErrors !== null) {
    if (_errs8) {
      vErrors.length = _errs8;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.vendor !== void 0) {
        const err7 = { instancePath: instancePath + "/vendor", schemaPath: "#/allOf/1/then/properties/vendor/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.vendor, data: data.vendor };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.releaseDevices !== void 0) {
        const err8 = { instancePath: instancePath + "/releaseDevices", schemaPath: "#/allOf/1/then/properties/releaseDevices/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.releaseDevices, data: data.releaseDevices };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.access !== void 0) {
        const err9 = { instancePath: instancePath + "/access", schemaPath: "#/allOf/1/then/properties/access/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.access, data: data.access };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.publicKey !== void 0) {
        const err10 = { instancePath: instancePath + "/publicKey", schemaPath: "#/allOf/1/then/properties/publicKey/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.publicKey, data: data.publicKey };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.serviceToken !== void 0) {
        const err11 = { instancePath: instancePath + "/serviceToken", schemaPath: "#/allOf/1/then/properties/serviceToken/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.serviceToken, data: data.serviceToken };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.apnsCertificate !== void 0) {
        const err12 = { instancePath: instancePath + "/apnsCertificate", schemaPath: "#/allOf/1/then/properties/apnsCertificate/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema45.allOf[1].then.properties.apnsCertificate, data: data.apnsCertificate };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    var _valid1 = _errs11 === errors;
    valid3 = _valid1;
    if (valid3) {
      var props1 = {};
      props1.vendor = true;
      props1.releaseDevices = true;
      props1.access = true;
      props1.publicKey = true;
      props1.serviceToken = true;
      props1.apnsCertificate = true;
      props1.type = true;
    }
  }
  if (!valid3) {
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema45.allOf[1].if, parentSchema: schema45.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema45.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data8 = data.id;
      if (typeof data8 === "string") {
        if (!pattern6.test(data8)) {
          const err17 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data9 = data.type;
      if (typeof data9 !== "string") {
        const err19 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.type.type, parentSchema: schema45.properties.type, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data9 === "built-in" || data9 === "external")) {
        const err20 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema45.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.type.enum, parentSchema: schema45.properties.type, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data10 = data.name;
      if (typeof data10 === "string") {
        if (func1(data10) < 1) {
          const err21 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.name, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.name.type, parentSchema: schema45.properties.name, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      let data11 = data.vendor;
      if (typeof data11 !== "string") {
        const err23 = { instancePath: instancePath + "/vendor", schemaPath: "#/$defs/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data11 === "jamf" || data11 === "intune" || data11 === "kandji" || data11 === "mosyle" || data11 === "fleet" || data11 === "n-central" || data11 === "n-sight" || data11 === "nanomdm" || data11 === "other")) {
        const err24 = { instancePath: instancePath + "/vendor", schemaPath: "#/$defs/vendor/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values", schema: schema47.enum, parentSchema: schema47, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      if (!validate25(data.units, { instancePath: instancePath + "/units", parentData: data, parentDataProperty: "units", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.releaseDevices !== void 0) {
      let data13 = data.releaseDevices;
      if (typeof data13 !== "boolean") {
        const err25 = { instancePath: instancePath + "/releaseDevices", schemaPath: "#/properties/releaseDevices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.releaseDevices.type, parentSchema: schema45.properties.releaseDevices, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.mdmInfoId !== void 0) {
      let data14 = data.mdmInfoId;
      if (typeof data14 === "string") {
        if (func1(data14) > 100) {
          const err26 = { instancePath: instancePath + "/mdmInfoId", schemaPath: "#/properties/mdmInfoId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema45.properties.mdmInfoId, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (func1(data14) < 1) {
          const err27 = { instancePath: instancePath + "/mdmInfoId", schemaPath: "#/properties/mdmInfoId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.mdmInfoId, data: data14 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/mdmInfoId", schemaPath: "#/properties/mdmInfoId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.mdmInfoId.type, parentSchema: schema45.properties.mdmInfoId, data: data14 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.access !== void 0) {
      let data15 = data.access;
      if (typeof data15 !== "string") {
        const err29 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.access.type, parentSchema: schema45.properties.access, data: data15 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (!(data15 === "available" || data15 === "lost")) {
        const err30 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/enum", keyword: "enum", params: { allowedValues: schema45.properties.access.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.access.enum, parentSchema: schema45.properties.access, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.publicKey !== void 0) {
      if (!validate32(data.publicKey, { instancePath: instancePath + "/publicKey", parentData: data, parentDataProperty: "publicKey", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceToken !== void 0) {
      if (!validate34(data.serviceToken, { instancePath: instancePath + "/serviceToken", parentData: data, parentDataProperty: "serviceToken", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.apnsCertificate !== void 0) {
      if (!validate38(data.apnsCertificate, { instancePath: instancePath + "/apnsCertificate", parentData: data, parentDataProperty: "apnsCertificate", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema67 = { "title": "ContentToken", "description": "An Apps and Books content token (.vpptoken) for one unit or location. It is a bearer secret: reference it with env: and identify it in the repository by sha256 only.", "type": "object", "additionalProperties": false, "required": ["id", "unit", "expiresAt"], "properties": { "id": { "$ref": "#/$defs/entryId", "examples": ["nyc-apps"] }, "unit": { "$ref": "#/$defs/entryId", "description": "The unit or location the token belongs to (an id in units)." }, "service": { "$ref": "#/$defs/entryId", "description": "The device management service the token is uploaded to (an id in deviceManagementServices). Omit when it is not uploaded anywhere." }, "ref": { "$ref": "#/$defs/reference", "examples": ["env:VPP_TOKEN_ACME_NYC"] }, "sha256": { "$ref": "#/$defs/sha256" }, "downloadedBy": { "$ref": "#/$defs/accountId", "description": "The Managed Apple Account that downloaded the token (an id in accounts). Apple recommends a dedicated account on a least-privilege role." }, "downloadedAt": { "$ref": "#/$defs/isoDate", "description": "When the token was downloaded." }, "expiresAt": { "$ref": "#/$defs/isoDate", "description": "When the token expires (one year after download)." }, "legacyUserBased": { "description": "true for a legacy user-based token that must be migrated.", "type": "boolean", "default": false }, "renewal": { "$ref": "#/$defs/renewal" } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expiresAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expiresAt" }, message: "must have required property 'expiresAt'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema67.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data1 = data.unit;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err6 = { instancePath: instancePath + "/unit", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/unit", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data2 = data.service;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err8 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/entryId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema36, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data3 = data.ref;
      if (typeof data3 === "string") {
        if (!pattern13.test(data3)) {
          const err10 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/pattern", keyword: "pattern", params: { pattern: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$" }, message: 'must match pattern "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$"', schema: "^(file:.+|env:[A-Za-z_][A-Za-z0-9_]*)$", parentSchema: schema49, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data4 = data.sha256;
      if (typeof data4 === "string") {
        if (!pattern14.test(data4)) {
          const err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema50, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.downloadedBy !== void 0) {
      let data5 = data.downloadedBy;
      if (typeof data5 === "string") {
        if (!pattern9.test(data5)) {
          const err14 = { instancePath: instancePath + "/downloadedBy", schemaPath: "#/$defs/accountId/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", parentSchema: schema43, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/downloadedBy", schemaPath: "#/$defs/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.downloadedAt !== void 0) {
      let data6 = data.downloadedAt;
      if (typeof data6 === "string") {
        if (!pattern11.test(data6)) {
          const err16 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/downloadedAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.expiresAt !== void 0) {
      let data7 = data.expiresAt;
      if (typeof data7 === "string") {
        if (!pattern11.test(data7)) {
          const err18 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema44, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/expiresAt", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.legacyUserBased !== void 0) {
      let data8 = data.legacyUserBased;
      if (typeof data8 !== "boolean") {
        const err20 = { instancePath: instancePath + "/legacyUserBased", schemaPath: "#/properties/legacyUserBased/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.legacyUserBased.type, parentSchema: schema67.properties.legacyUserBased, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.renewal !== void 0) {
      if (!validate35(data.renewal, { instancePath: instancePath + "/renewal", parentData: data, parentDataProperty: "renewal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern36 = new RegExp("^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
var pattern37 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs3 = errors;
  let valid1 = true;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.product === void 0 && (missing0 = "product")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.product !== void 0) {
        if ("apple-business-essentials" !== data.product) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.appleApi !== void 0) {
        const err2 = { instancePath: instancePath + "/appleApi", schemaPath: "#/allOf/0/then/properties/appleApi/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema33.allOf[0].then.properties.appleApi, data: data.appleApi };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.appleApi = true;
      props0.product = true;
    }
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema33.allOf[0].if, parentSchema: schema33.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid4 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product !== void 0) {
      let data2 = data.product;
      if ("apple-business-essentials" !== data2) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        const _errs12 = errors;
        const _errs13 = errors;
        if ("apple-business" !== data2) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var valid6 = _errs13 === errors;
        if (valid6) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        } else {
          errors = _errs12;
          if (vErrors !== null) {
            if (_errs12) {
              vErrors.length = _errs12;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs14 = errors;
    var _valid1 = _errs14 === errors;
    valid4 = _valid1;
    if (valid4) {
      var props1 = {};
      props1.essentialsSubscription = true;
      props1.product = true;
    }
  }
  if (!valid4) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema33.allOf[1].if, parentSchema: schema33.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product !== void 0) {
      let data3 = data.product;
      if (!(data3 === "apple-business" || data3 === "apple-business-manager")) {
        const err8 = {};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  var _valid2 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs20 = errors;
    var _valid2 = _errs20 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = {};
      props2.appleApi = true;
      props2.product = true;
    }
  }
  if (!valid7) {
    const err9 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema33.allOf[2].if, parentSchema: schema33.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs21 = errors;
  let valid9 = true;
  const _errs22 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.product === void 0 && (missing1 = "product")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.product !== void 0) {
        const _errs24 = errors;
        const _errs25 = errors;
        if ("apple-business-essentials" !== data.product) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var valid11 = _errs25 === errors;
        if (valid11) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        } else {
          errors = _errs24;
          if (vErrors !== null) {
            if (_errs24) {
              vErrors.length = _errs24;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid3 = _errs22 === errors;
  if (props0 !== true) {
    props0 = props0 || {};
    props0.product = true;
  }
  errors = _errs21;
  if (vErrors !== null) {
    if (_errs21) {
      vErrors.length = _errs21;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs26 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.essentialsSubscription !== void 0) {
        const err13 = { instancePath: instancePath + "/essentialsSubscription", schemaPath: "#/then/properties/essentialsSubscription/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema33.then.properties.essentialsSubscription, data: data.essentialsSubscription };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    var _valid3 = _errs26 === errors;
    valid9 = _valid3;
    if (valid9) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.essentialsSubscription = true;
      }
    }
  }
  if (!valid9) {
    const err14 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema33.if, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.units === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "units" }, message: "must have required property 'units'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "product" || key0 === "essentialsSubscription" || key0 === "units" || key0 === "roles" || key0 === "accounts" || key0 === "deviceManagementServices" || key0 === "contentTokens" || key0 === "appleApi")) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data6 = data.product;
      if (typeof data6 !== "string") {
        const err18 = { instancePath: instancePath + "/product", schemaPath: "#/$defs/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data6 === "apple-business" || data6 === "apple-business-manager" || data6 === "apple-business-essentials")) {
        const err19 = { instancePath: instancePath + "/product", schemaPath: "#/$defs/product/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.essentialsSubscription !== void 0) {
      let data7 = data.essentialsSubscription;
      if (typeof data7 !== "string") {
        const err20 = { instancePath: instancePath + "/essentialsSubscription", schemaPath: "#/properties/essentialsSubscription/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.essentialsSubscription.type, parentSchema: schema33.properties.essentialsSubscription, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data7 === "none" || data7 === "monthly" || data7 === "annual")) {
        const err21 = { instancePath: instancePath + "/essentialsSubscription", schemaPath: "#/properties/essentialsSubscription/enum", keyword: "enum", params: { allowedValues: schema33.properties.essentialsSubscription.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.essentialsSubscription.enum, parentSchema: schema33.properties.essentialsSubscription, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      let data8 = data.units;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err22 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.units, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data8[i0], { instancePath: instancePath + "/units/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.units.type, parentSchema: schema33.properties.units, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data10 = data.roles;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data10[i1], { instancePath: instancePath + "/roles/" + i1, parentData: data10, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.roles.type, parentSchema: schema33.properties.roles, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data12 = data.accounts;
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate28(data12[i2], { instancePath: instancePath + "/accounts/" + i2, parentData: data12, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.accounts.type, parentSchema: schema33.properties.accounts, data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.deviceManagementServices !== void 0) {
      let data14 = data.deviceManagementServices;
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate30(data14[i3], { instancePath: instancePath + "/deviceManagementServices/" + i3, parentData: data14, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/deviceManagementServices", schemaPath: "#/properties/deviceManagementServices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.deviceManagementServices.type, parentSchema: schema33.properties.deviceManagementServices, data: data14 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.contentTokens !== void 0) {
      let data16 = data.contentTokens;
      if (Array.isArray(data16)) {
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate42(data16[i4], { instancePath: instancePath + "/contentTokens/" + i4, parentData: data16, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/contentTokens", schemaPath: "#/properties/contentTokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.contentTokens.type, parentSchema: schema33.properties.contentTokens, data: data16 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.appleApi !== void 0) {
      let data18 = data.appleApi;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.clientId === void 0) {
          const err28 = { instancePath: instancePath + "/appleApi", schemaPath: "#/properties/appleApi/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema33.properties.appleApi.required, parentSchema: schema33.properties.appleApi, data: data18 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data18.keyId === void 0) {
          const err29 = { instancePath: instancePath + "/appleApi", schemaPath: "#/properties/appleApi/required", keyword: "required", params: { missingProperty: "keyId" }, message: "must have required property 'keyId'", schema: schema33.properties.appleApi.required, parentSchema: schema33.properties.appleApi, data: data18 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data18.privateKey === void 0) {
          const err30 = { instancePath: instancePath + "/appleApi", schemaPath: "#/properties/appleApi/required", keyword: "required", params: { missingProperty: "privateKey" }, message: "must have required property 'privateKey'", schema: schema33.properties.appleApi.required, parentSchema: schema33.properties.appleApi, data: data18 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key1 in data18) {
          if (!(key1 === "clientId" || key1 === "keyId" || key1 === "privateKey")) {
            const err31 = { instancePath: instancePath + "/appleApi", schemaPath: "#/properties/appleApi/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.appleApi, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data18.clientId !== void 0) {
          let data19 = data18.clientId;
          if (typeof data19 === "string") {
            if (!pattern36.test(data19)) {
              const err32 = { instancePath: instancePath + "/appleApi/clientId", schemaPath: "#/properties/appleApi/properties/clientId/pattern", keyword: "pattern", params: { pattern: "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"', schema: "^BUSINESSAPI\\.[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", parentSchema: schema33.properties.appleApi.properties.clientId, data: data19 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/appleApi/clientId", schemaPath: "#/properties/appleApi/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.appleApi.properties.clientId.type, parentSchema: schema33.properties.appleApi.properties.clientId, data: data19 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data18.keyId !== void 0) {
          let data20 = data18.keyId;
          if (typeof data20 === "string") {
            if (!pattern37.test(data20)) {
              const err34 = { instancePath: instancePath + "/appleApi/keyId", schemaPath: "#/properties/appleApi/properties/keyId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", parentSchema: schema33.properties.appleApi.properties.keyId, data: data20 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/appleApi/keyId", schemaPath: "#/properties/appleApi/properties/keyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.appleApi.properties.keyId.type, parentSchema: schema33.properties.appleApi.properties.keyId, data: data20 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data18.privateKey !== void 0) {
          let data21 = data18.privateKey;
          if (typeof data21 === "string") {
            if (!pattern17.test(data21)) {
              const err36 = { instancePath: instancePath + "/appleApi/privateKey", schemaPath: "#/$defs/envReference/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema54, data: data21 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/appleApi/privateKey", schemaPath: "#/$defs/envReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data21 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/appleApi", schemaPath: "#/properties/appleApi/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.appleApi.type, parentSchema: schema33.properties.appleApi, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("abm-gitops/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "abm-gitops/v1" }, message: "must be equal to constant", schema: "abm-gitops/v1", parentSchema: schema31.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Organization" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Organization" }, message: "must be equal to constant", schema: "Organization", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "displayName" || key1 === "owners")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema32.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.displayName !== void 0) {
          let data4 = data2.displayName;
          if (typeof data4 === "string") {
            if (func1(data4) < 1) {
              const err11 = { instancePath: instancePath + "/metadata/displayName", schemaPath: "#/$defs/metadata/properties/displayName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.displayName, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/displayName", schemaPath: "#/$defs/metadata/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.displayName.type, parentSchema: schema32.properties.displayName, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.owners !== void 0) {
          let data5 = data2.owners;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                  const err13 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/$defs/metadata/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", parentSchema: schema32.properties.owners.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/$defs/metadata/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.owners.items.type, parentSchema: schema32.properties.owners.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data5[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err15 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/$defs/metadata/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema32.properties.owners, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/$defs/metadata/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.owners.type, parentSchema: schema32.properties.owners, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      if (!validate21(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate46;
var schema77 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://abm-gitops.dev/schemas/v1/config.schema.json", "title": "ConfigDocument", "description": "Project settings of an abm-gitops config repository (abm-gitops.yml at the repository root): which files hold organizations, expiry windows, rule severities, justified exceptions, input limits and how renewal pull requests are opened.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "description": "Format version of this file.", "const": "abm-gitops/v1" }, "kind": { "description": "This document holds project settings.", "const": "Config" }, "include": { "description": "Globs (relative to the repository root) of the files that hold organizations: * ? [a-z] {a,b} and ** as a whole segment. Without it, every .yml/.yaml file whose document has apiVersion: abm-gitops/v1 is read.", "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "examples": [["customers/**/*.yml"]] }, "expiry": { "$ref": "#/$defs/expirySettings" }, "rules": { "$ref": "#/$defs/ruleSeverities" }, "exceptions": { "description": "Justified, expiring waivers of a rule for one organization (optionally one target inside it).", "type": "array", "items": { "$ref": "#/$defs/exception" } }, "limits": { "$ref": "#/$defs/limits" }, "online": { "$ref": "#/$defs/onlineSettings" }, "renewal": { "$ref": "#/$defs/renewalSettings" } }, "$defs": { "duration": { "description": "A duration: <n>d (days, at most 9999) or <n>h (hours, at most 99999).", "type": "string", "pattern": "^([0-9]{1,4}d|[0-9]{1,5}h)$", "examples": ["30d", "7d", "12h"] }, "isoDate": { "description": "ISO 8601 date (2027-01-31, the start of that day in UTC) or date-time with a time zone (2027-01-31T12:00:00Z).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", "examples": ["2027-01-31"] }, "ownerHandle": { "description": "A GitHub user (@user) or team (@org/team).", "type": "string", "pattern": "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", "examples": ["@acme/it-leads"] }, "ruleId": { "title": "RuleId", "description": "A rule id from the abm-gitops rule catalogue (`abm-gitops explain <rule-id>`).", "type": "string", "enum": ["yaml-syntax", "input-limit", "schema", "duplicate-id", "unresolved-reference", "primary-unit-count", "duplicate-service-name", "primary-content-token-with-built-in-service", "content-token-shared", "content-token-per-unit", "content-token-downloader-role", "custom-role-unsupported", "built-in-service-unsupported", "downloader-permission", "downloader-departed", "token-invalidated-by-password-change", "token-expiry", "token-lifetime", "artifact-kind-mismatch", "declared-expiry-mismatch", "token-public-key-mismatch", "reference-outside-repo", "token-unreadable", "apns-certificate-missing", "release-devices-enabled", "renewal-access-lost", "legacy-content-token", "committed-secret", "waiver-without-reason", "waiver-unknown-rule", "waiver-expired", "apple-api-unavailable", "apple-service-not-found", "apple-service-undeclared", "apple-service-silent", "apple-unit-not-found", "apple-unit-undeclared", "apple-account-mismatch", "apple-server-token-rejected", "apple-terms-not-accepted", "apple-server-token-mismatch", "apple-content-token-rejected", "apple-content-token-claimed", "apple-content-token-mismatch"] }, "ruleSeverity": { "title": "RuleSeverity", "description": "error, warning or info sets the severity of the rule's findings; off turns the rule off.", "type": "string", "enum": ["error", "warning", "info", "off"] }, "expirySettings": { "title": "ExpirySettings", "description": "Windows before a service token, content token or APNs certificate expires.", "type": "object", "additionalProperties": false, "properties": { "warnBefore": { "$ref": "#/$defs/duration", "description": "A warning when the expiry is this close (default 30d)." }, "errorBefore": { "$ref": "#/$defs/duration", "description": "An error when the expiry is this close, and always once expired (default 7d)." }, "renewBefore": { "$ref": "#/$defs/duration", "description": "`abm-gitops renew` opens a renewal pull request when the expiry is this close (default 45d)." } } }, "ruleSeverities": { "title": "RuleSeverities", "description": "Per-rule severity: rule id -> error | warning | info | off. An unknown rule id makes abm-gitops.yml invalid.", "type": "object", "propertyNames": { "$ref": "#/$defs/ruleId" }, "additionalProperties": { "$ref": "#/$defs/ruleSeverity" }, "examples": [{ "release-devices-enabled": "error", "legacy-content-token": "info" }] }, "exception": { "title": "Exception", "description": "A justified, expiring waiver of one rule for one organization. Waived findings stay in the report, marked waived, and do not fail the run.", "type": "object", "additionalProperties": false, "required": ["rule", "organization", "reason", "expires"], "properties": { "rule": { "description": "The rule id to waive. An unknown id is reported as waiver-unknown-rule.", "type": "string", "minLength": 1, "$comment": "anyOf offers every rule id to editors while an unknown id stays a waiver-unknown-rule finding, not an invalid config.", "anyOf": [{ "$ref": "#/$defs/ruleId" }, { "type": "string" }], "examples": ["content-token-downloader-role"] }, "organization": { "description": "metadata.name of the organization the waiver applies to.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "examples": ["acme"] }, "target": { "description": "Optional: <list>/<id>[/<key>\u2026] inside spec; the waiver matches findings at or below it. Without it, the waiver covers the whole organization.", "type": "string", "pattern": "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$", "examples": ["contentTokens/nyc-apps", "deviceManagementServices/jamf-prod/serviceToken"] }, "reason": { "description": "Why the finding is accepted for now (a ticket, a plan). Shown next to the waived finding.", "type": "string", "pattern": "\\S", "examples": ["Dedicated account is being created, ticket IT-1234"] }, "expires": { "$ref": "#/$defs/isoDate", "description": "After this date the waiver stops applying, and says so (waiver-expired)." } } }, "limits": { "title": "Limits", "description": "Input limits that protect the run from oversized or hostile YAML.", "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "description": "Largest file read, in bytes (default 2097152, 2 MiB; at most 16777216, 16 MiB).", "type": "integer", "minimum": 1, "maximum": 16777216, "default": 2097152 }, "maxDepth": { "description": "Deepest nesting of mappings and sequences (default 64, at most 256).", "type": "integer", "minimum": 1, "maximum": 256, "default": 64 }, "maxAliasCount": { "description": "Most aliases a document may expand (default 1000, at most 100000).", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3 } } }, "onlineSettings": { "title": "OnlineSettings", "description": "How `validate --online` asks Apple about the declared setup.", "type": "object", "additionalProperties": false, "properties": { "silentAfter": { "$ref": "#/$defs/duration", "description": "apple-service-silent: a service with devices that has not connected to Apple for this long (default 7d; between 1h and 366d)." }, "concurrency": { "description": "Requests in flight to Apple at once, across organizations (default 4).", "type": "integer", "minimum": 1, "maximum": 32, "default": 4 } } }, "renewalSettings": { "title": "RenewalSettings", "description": "How `abm-gitops renew` opens renewal pull requests.", "type": "object", "additionalProperties": false, "properties": { "dashboard": { "description": 'Keep one "abm-gitops token dashboard" issue listing every token and certificate by expiry, updated by every `abm-gitops renew` run (default true).', "type": "boolean", "default": true }, "branchPrefix": { "description": "Prefix of renewal branch names (default abm-gitops/renew/).", "type": "string", "pattern": "^[A-Za-z0-9._/-]+$", "default": "abm-gitops/renew/" }, "labels": { "description": "Labels put on renewal pull requests (default [abm-renewal]); GitHub allows 100 labels per pull request, of at most 50 characters each.", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "default": ["abm-renewal"] }, "reviewers": { "description": "GitHub users or teams asked to review every renewal pull request, in addition to each organization's metadata.owners (at most 100).", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/ownerHandle" }, "default": [] }, "group": { "title": "RenewalGroup", "description": "token: one pull request per token or certificate (default). organization: one pull request per organization.", "type": "string", "enum": ["token", "organization"], "default": "token" } } } } };
var schema88 = { "title": "Limits", "description": "Input limits that protect the run from oversized or hostile YAML.", "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "description": "Largest file read, in bytes (default 2097152, 2 MiB; at most 16777216, 16 MiB).", "type": "integer", "minimum": 1, "maximum": 16777216, "default": 2097152 }, "maxDepth": { "description": "Deepest nesting of mappings and sequences (default 64, at most 256).", "type": "integer", "minimum": 1, "maximum": 256, "default": 64 }, "maxAliasCount": { "description": "Most aliases a document may expand (default 1000, at most 100000).", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3 } } };
var schema78 = { "title": "ExpirySettings", "description": "Windows before a service token, content token or APNs certificate expires.", "type": "object", "additionalProperties": false, "properties": { "warnBefore": { "$ref": "#/$defs/duration", "description": "A warning when the expiry is this close (default 30d)." }, "errorBefore": { "$ref": "#/$defs/duration", "description": "An error when the expiry is this close, and always once expired (default 7d)." }, "renewBefore": { "$ref": "#/$defs/duration", "description": "`abm-gitops renew` opens a renewal pull request when the expiry is this close (default 45d)." } } };
var schema79 = { "description": "A duration: <n>d (days, at most 9999) or <n>h (hours, at most 99999).", "type": "string", "pattern": "^([0-9]{1,4}d|[0-9]{1,5}h)$", "examples": ["30d", "7d", "12h"] };
var pattern39 = new RegExp("^([0-9]{1,4}d|[0-9]{1,5}h)$", "u");
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "warnBefore" || key0 === "errorBefore" || key0 === "renewBefore")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.warnBefore !== void 0) {
      let data0 = data.warnBefore;
      if (typeof data0 === "string") {
        if (!pattern39.test(data0)) {
          const err1 = { instancePath: instancePath + "/warnBefore", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,4}d|[0-9]{1,5}h)$" }, message: 'must match pattern "^([0-9]{1,4}d|[0-9]{1,5}h)$"', schema: "^([0-9]{1,4}d|[0-9]{1,5}h)$", parentSchema: schema79, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/warnBefore", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errorBefore !== void 0) {
      let data1 = data.errorBefore;
      if (typeof data1 === "string") {
        if (!pattern39.test(data1)) {
          const err3 = { instancePath: instancePath + "/errorBefore", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,4}d|[0-9]{1,5}h)$" }, message: 'must match pattern "^([0-9]{1,4}d|[0-9]{1,5}h)$"', schema: "^([0-9]{1,4}d|[0-9]{1,5}h)$", parentSchema: schema79, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/errorBefore", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.renewBefore !== void 0) {
      let data2 = data.renewBefore;
      if (typeof data2 === "string") {
        if (!pattern39.test(data2)) {
          const err5 = { instancePath: instancePath + "/renewBefore", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,4}d|[0-9]{1,5}h)$" }, message: 'must match pattern "^([0-9]{1,4}d|[0-9]{1,5}h)$"', schema: "^([0-9]{1,4}d|[0-9]{1,5}h)$", parentSchema: schema79, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/renewBefore", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema82 = { "title": "RuleSeverities", "description": "Per-rule severity: rule id -> error | warning | info | off. An unknown rule id makes abm-gitops.yml invalid.", "type": "object", "propertyNames": { "$ref": "#/$defs/ruleId" }, "additionalProperties": { "$ref": "#/$defs/ruleSeverity" }, "examples": [{ "release-devices-enabled": "error", "legacy-content-token": "info" }] };
var schema83 = { "title": "RuleId", "description": "A rule id from the abm-gitops rule catalogue (`abm-gitops explain <rule-id>`).", "type": "string", "enum": ["yaml-syntax", "input-limit", "schema", "duplicate-id", "unresolved-reference", "primary-unit-count", "duplicate-service-name", "primary-content-token-with-built-in-service", "content-token-shared", "content-token-per-unit", "content-token-downloader-role", "custom-role-unsupported", "built-in-service-unsupported", "downloader-permission", "downloader-departed", "token-invalidated-by-password-change", "token-expiry", "token-lifetime", "artifact-kind-mismatch", "declared-expiry-mismatch", "token-public-key-mismatch", "reference-outside-repo", "token-unreadable", "apns-certificate-missing", "release-devices-enabled", "renewal-access-lost", "legacy-content-token", "committed-secret", "waiver-without-reason", "waiver-unknown-rule", "waiver-expired", "apple-api-unavailable", "apple-service-not-found", "apple-service-undeclared", "apple-service-silent", "apple-unit-not-found", "apple-unit-undeclared", "apple-account-mismatch", "apple-server-token-rejected", "apple-terms-not-accepted", "apple-server-token-mismatch", "apple-content-token-rejected", "apple-content-token-claimed", "apple-content-token-mismatch"] };
var schema84 = { "title": "RuleSeverity", "description": "error, warning or info sets the severity of the rule's findings; off turns the rule off.", "type": "string", "enum": ["error", "warning", "info", "off"] };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 !== "string") {
        const err0 = { instancePath, schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.type, parentSchema: schema83, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(key0 === "yaml-syntax" || key0 === "input-limit" || key0 === "schema" || key0 === "duplicate-id" || key0 === "unresolved-reference" || key0 === "primary-unit-count" || key0 === "duplicate-service-name" || key0 === "primary-content-token-with-built-in-service" || key0 === "content-token-shared" || key0 === "content-token-per-unit" || key0 === "content-token-downloader-role" || key0 === "custom-role-unsupported" || key0 === "built-in-service-unsupported" || key0 === "downloader-permission" || key0 === "downloader-departed" || key0 === "token-invalidated-by-password-change" || key0 === "token-expiry" || key0 === "token-lifetime" || key0 === "artifact-kind-mismatch" || key0 === "declared-expiry-mismatch" || key0 === "token-public-key-mismatch" || key0 === "reference-outside-repo" || key0 === "token-unreadable" || key0 === "apns-certificate-missing" || key0 === "release-devices-enabled" || key0 === "renewal-access-lost" || key0 === "legacy-content-token" || key0 === "committed-secret" || key0 === "waiver-without-reason" || key0 === "waiver-unknown-rule" || key0 === "waiver-expired" || key0 === "apple-api-unavailable" || key0 === "apple-service-not-found" || key0 === "apple-service-undeclared" || key0 === "apple-service-silent" || key0 === "apple-unit-not-found" || key0 === "apple-unit-undeclared" || key0 === "apple-account-mismatch" || key0 === "apple-server-token-rejected" || key0 === "apple-terms-not-accepted" || key0 === "apple-server-token-mismatch" || key0 === "apple-content-token-rejected" || key0 === "apple-content-token-claimed" || key0 === "apple-content-token-mismatch")) {
        const err1 = { instancePath, schemaPath: "#/$defs/ruleId/enum", keyword: "enum", params: { allowedValues: schema83.enum }, message: "must be equal to one of the allowed values", schema: schema83.enum, parentSchema: schema83, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema82.propertyNames, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleSeverity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleSeverity/enum", keyword: "enum", params: { allowedValues: schema84.enum }, message: "must be equal to one of the allowed values", schema: schema84.enum, parentSchema: schema84, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema85 = { "title": "Exception", "description": "A justified, expiring waiver of one rule for one organization. Waived findings stay in the report, marked waived, and do not fail the run.", "type": "object", "additionalProperties": false, "required": ["rule", "organization", "reason", "expires"], "properties": { "rule": { "description": "The rule id to waive. An unknown id is reported as waiver-unknown-rule.", "type": "string", "minLength": 1, "$comment": "anyOf offers every rule id to editors while an unknown id stays a waiver-unknown-rule finding, not an invalid config.", "anyOf": [{ "$ref": "#/$defs/ruleId" }, { "type": "string" }], "examples": ["content-token-downloader-role"] }, "organization": { "description": "metadata.name of the organization the waiver applies to.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "examples": ["acme"] }, "target": { "description": "Optional: <list>/<id>[/<key>\u2026] inside spec; the waiver matches findings at or below it. Without it, the waiver covers the whole organization.", "type": "string", "pattern": "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$", "examples": ["contentTokens/nyc-apps", "deviceManagementServices/jamf-prod/serviceToken"] }, "reason": { "description": "Why the finding is accepted for now (a ticket, a plan). Shown next to the waived finding.", "type": "string", "pattern": "\\S", "examples": ["Dedicated account is being created, ticket IT-1234"] }, "expires": { "$ref": "#/$defs/isoDate", "description": "After this date the waiver stops applying, and says so (waiver-expired)." } } };
var schema87 = { "description": "ISO 8601 date (2027-01-31, the start of that day in UTC) or date-time with a time zone (2027-01-31T12:00:00Z).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", "examples": ["2027-01-31"] };
var pattern43 = new RegExp("^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$", "u");
var pattern44 = new RegExp("\\S", "u");
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.organization === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organization" }, message: "must have required property 'organization'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "organization" || key0 === "target" || key0 === "reason" || key0 === "expires")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.type, parentSchema: schema83, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "yaml-syntax" || data0 === "input-limit" || data0 === "schema" || data0 === "duplicate-id" || data0 === "unresolved-reference" || data0 === "primary-unit-count" || data0 === "duplicate-service-name" || data0 === "primary-content-token-with-built-in-service" || data0 === "content-token-shared" || data0 === "content-token-per-unit" || data0 === "content-token-downloader-role" || data0 === "custom-role-unsupported" || data0 === "built-in-service-unsupported" || data0 === "downloader-permission" || data0 === "downloader-departed" || data0 === "token-invalidated-by-password-change" || data0 === "token-expiry" || data0 === "token-lifetime" || data0 === "artifact-kind-mismatch" || data0 === "declared-expiry-mismatch" || data0 === "token-public-key-mismatch" || data0 === "reference-outside-repo" || data0 === "token-unreadable" || data0 === "apns-certificate-missing" || data0 === "release-devices-enabled" || data0 === "renewal-access-lost" || data0 === "legacy-content-token" || data0 === "committed-secret" || data0 === "waiver-without-reason" || data0 === "waiver-unknown-rule" || data0 === "waiver-expired" || data0 === "apple-api-unavailable" || data0 === "apple-service-not-found" || data0 === "apple-service-undeclared" || data0 === "apple-service-silent" || data0 === "apple-unit-not-found" || data0 === "apple-unit-undeclared" || data0 === "apple-account-mismatch" || data0 === "apple-server-token-rejected" || data0 === "apple-terms-not-accepted" || data0 === "apple-server-token-mismatch" || data0 === "apple-content-token-rejected" || data0 === "apple-content-token-claimed" || data0 === "apple-content-token-mismatch")) {
        const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/$defs/ruleId/enum", keyword: "enum", params: { allowedValues: schema83.enum }, message: "must be equal to one of the allowed values", schema: schema83.enum, parentSchema: schema83, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      const _errs9 = errors;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.rule.anyOf[1].type, parentSchema: schema85.properties.rule.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema85.properties.rule.anyOf, parentSchema: schema85.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err9 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.rule.type, parentSchema: schema85.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data1 = data.organization;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err11 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema85.properties.organization, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.organization.type, parentSchema: schema85.properties.organization, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      if (typeof data2 === "string") {
        if (!pattern43.test(data2)) {
          const err13 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/pattern", keyword: "pattern", params: { pattern: "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$" }, message: 'must match pattern "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$"', schema: "^(units|roles|accounts|deviceManagementServices|contentTokens)/[^/]+(/[^/]+)*$", parentSchema: schema85.properties.target, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.target.type, parentSchema: schema85.properties.target, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (!pattern44.test(data3)) {
          const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema85.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.reason.type, parentSchema: schema85.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data4 = data.expires;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err17 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/isoDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?$", parentSchema: schema87, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/isoDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema89 = { "title": "OnlineSettings", "description": "How `validate --online` asks Apple about the declared setup.", "type": "object", "additionalProperties": false, "properties": { "silentAfter": { "$ref": "#/$defs/duration", "description": "apple-service-silent: a service with devices that has not connected to Apple for this long (default 7d; between 1h and 366d)." }, "concurrency": { "description": "Requests in flight to Apple at once, across organizations (default 4).", "type": "integer", "minimum": 1, "maximum": 32, "default": 4 } } };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "silentAfter" || key0 === "concurrency")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema89, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.silentAfter !== void 0) {
      let data0 = data.silentAfter;
      if (typeof data0 === "string") {
        if (!pattern39.test(data0)) {
          const err1 = { instancePath: instancePath + "/silentAfter", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,4}d|[0-9]{1,5}h)$" }, message: 'must match pattern "^([0-9]{1,4}d|[0-9]{1,5}h)$"', schema: "^([0-9]{1,4}d|[0-9]{1,5}h)$", parentSchema: schema79, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/silentAfter", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data1 = data.concurrency;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema89.properties.concurrency.type, parentSchema: schema89.properties.concurrency, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 32 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema89.properties.concurrency, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema89.properties.concurrency, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema91 = { "title": "RenewalSettings", "description": "How `abm-gitops renew` opens renewal pull requests.", "type": "object", "additionalProperties": false, "properties": { "dashboard": { "description": 'Keep one "abm-gitops token dashboard" issue listing every token and certificate by expiry, updated by every `abm-gitops renew` run (default true).', "type": "boolean", "default": true }, "branchPrefix": { "description": "Prefix of renewal branch names (default abm-gitops/renew/).", "type": "string", "pattern": "^[A-Za-z0-9._/-]+$", "default": "abm-gitops/renew/" }, "labels": { "description": "Labels put on renewal pull requests (default [abm-renewal]); GitHub allows 100 labels per pull request, of at most 50 characters each.", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "default": ["abm-renewal"] }, "reviewers": { "description": "GitHub users or teams asked to review every renewal pull request, in addition to each organization's metadata.owners (at most 100).", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/ownerHandle" }, "default": [] }, "group": { "title": "RenewalGroup", "description": "token: one pull request per token or certificate (default). organization: one pull request per organization.", "type": "string", "enum": ["token", "organization"], "default": "token" } } };
var schema92 = { "description": "A GitHub user (@user) or team (@org/team).", "type": "string", "pattern": "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", "examples": ["@acme/it-leads"] };
var pattern47 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "dashboard" || key0 === "branchPrefix" || key0 === "labels" || key0 === "reviewers" || key0 === "group")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.dashboard !== void 0) {
      let data0 = data.dashboard;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/dashboard", schemaPath: "#/properties/dashboard/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema91.properties.dashboard.type, parentSchema: schema91.properties.dashboard, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.branchPrefix !== void 0) {
      let data1 = data.branchPrefix;
      if (typeof data1 === "string") {
        if (!pattern47.test(data1)) {
          const err2 = { instancePath: instancePath + "/branchPrefix", schemaPath: "#/properties/branchPrefix/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"', schema: "^[A-Za-z0-9._/-]+$", parentSchema: schema91.properties.branchPrefix, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/branchPrefix", schemaPath: "#/properties/branchPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.branchPrefix.type, parentSchema: schema91.properties.branchPrefix, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data2 = data.labels;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err4 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema91.properties.labels, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func1(data3) > 50) {
              const err5 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema91.properties.labels.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err6 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema91.properties.labels.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.labels.items.type, parentSchema: schema91.properties.labels.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema91.properties.labels, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.labels.type, parentSchema: schema91.properties.labels, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.reviewers !== void 0) {
      let data4 = data.reviewers;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err10 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema91.properties.reviewers, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err11 = { instancePath: instancePath + "/reviewers/" + i2, schemaPath: "#/$defs/ownerHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", parentSchema: schema92, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/reviewers/" + i2, schemaPath: "#/$defs/ownerHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.type, parentSchema: schema92, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data4[i3], data4[j1])) {
                const err13 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema91.properties.reviewers, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.reviewers.type, parentSchema: schema91.properties.reviewers, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data6 = data.group;
      if (typeof data6 !== "string") {
        const err15 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.group.type, parentSchema: schema91.properties.group, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data6 === "token" || data6 === "organization")) {
        const err16 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/enum", keyword: "enum", params: { allowedValues: schema91.properties.group.enum }, message: "must be equal to one of the allowed values", schema: schema91.properties.group.enum, parentSchema: schema91.properties.group, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema77.required, parentSchema: schema77, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema77.required, parentSchema: schema77, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema77.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("abm-gitops/v1" !== data0) {
        const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "abm-gitops/v1" }, message: "must be equal to constant", schema: "abm-gitops/v1", parentSchema: schema77.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Config" !== data1) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant", schema: "Config", parentSchema: schema77.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err5 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema77.properties.include, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema77.properties.include, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func1(data3) > 1024) {
              const err7 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema77.properties.include.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err8 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema77.properties.include.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.include.items.type, parentSchema: schema77.properties.include.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err10 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema77.properties.include, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.properties.include.type, parentSchema: schema77.properties.include, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.expiry !== void 0) {
      if (!validate47(data.expiry, { instancePath: instancePath + "/expiry", parentData: data, parentDataProperty: "expiry", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== void 0) {
      if (!validate49(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.exceptions !== void 0) {
      let data6 = data.exceptions;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate51(data6[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.properties.exceptions.type, parentSchema: schema77.properties.exceptions, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data8 = data.limits;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "maxFileBytes" || key1 === "maxDepth" || key1 === "maxAliasCount")) {
            const err13 = { instancePath: instancePath + "/limits", schemaPath: "#/$defs/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data8.maxFileBytes !== void 0) {
          let data9 = data8.maxFileBytes;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err14 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/$defs/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema88.properties.maxFileBytes.type, parentSchema: schema88.properties.maxFileBytes, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 16777216 || isNaN(data9)) {
              const err15 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/$defs/limits/properties/maxFileBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16777216 }, message: "must be <= 16777216", schema: 16777216, parentSchema: schema88.properties.maxFileBytes, data: data9 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err16 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/$defs/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema88.properties.maxFileBytes, data: data9 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data8.maxDepth !== void 0) {
          let data10 = data8.maxDepth;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err17 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/$defs/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema88.properties.maxDepth.type, parentSchema: schema88.properties.maxDepth, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 256 || isNaN(data10)) {
              const err18 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/$defs/limits/properties/maxDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema88.properties.maxDepth, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data10 < 1 || isNaN(data10)) {
              const err19 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/$defs/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema88.properties.maxDepth, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data8.maxAliasCount !== void 0) {
          let data11 = data8.maxAliasCount;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err20 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/$defs/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema88.properties.maxAliasCount.type, parentSchema: schema88.properties.maxAliasCount, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 1e5 || isNaN(data11)) {
              const err21 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/$defs/limits/properties/maxAliasCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema88.properties.maxAliasCount, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data11 < 1 || isNaN(data11)) {
              const err22 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/$defs/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema88.properties.maxAliasCount, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/limits", schemaPath: "#/$defs/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.online !== void 0) {
      if (!validate53(data.online, { instancePath: instancePath + "/online", parentData: data, parentDataProperty: "online", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.renewal !== void 0) {
      if (!validate55(data.renewal, { instancePath: instancePath + "/renewal", parentData: data, parentDataProperty: "renewal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function compileValidators() {
  return { organization, config };
}

// src/schema/calendar.ts
var DATE_KEYS = /* @__PURE__ */ new Set(["expiresAt", "downloadedAt", "passwordChangedAt", "requestedAt", "dueBy", "expires"]);
var DATE_SHAPE = /^\d{4}-\d{2}-\d{2}/;
function impossibleDates(data) {
  const problems = [];
  if (data === null || typeof data !== "object") return problems;
  const stack = [{ node: data, parent: void 0, key: void 0 }];
  while (stack.length > 0) {
    const visit2 = stack.pop();
    const node = visit2.node;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const value = node[index];
        if (value !== null && typeof value === "object") stack.push({ node: value, parent: visit2, key: index });
      }
      continue;
    }
    for (const key in node) {
      const value = node[key];
      if (typeof value === "object") {
        if (value !== null) stack.push({ node: value, parent: visit2, key });
      } else if (typeof value === "string" && DATE_KEYS.has(key) && DATE_SHAPE.test(value) && Number(value.slice(8, 10)) > 28 && !parseInstant(value)) {
        problems.push({
          path: [...pathOf(visit2), key],
          message: `\`${value.slice(0, 40)}\` is not a real date: check the day and month (\`${key}\` is ISO 8601, such as \`2027-01-10\`).`
        });
      }
    }
  }
  return problems;
}
function pathOf(visit2) {
  const path = [];
  for (let at2 = visit2; at2?.key !== void 0; at2 = at2.parent) path.unshift(at2.key);
  return path;
}

// src/schema/describe.ts
var LIST_NOUNS = {
  units: "unit",
  roles: "role",
  accounts: "account",
  deviceManagementServices: "service",
  contentTokens: "content token",
  exceptions: "exception"
};
var OBJECT_NOUNS = {
  serviceToken: "service token",
  apnsCertificate: "APNs certificate",
  publicKey: "public key certificate",
  renewal: "renewal",
  metadata: "metadata",
  spec: "spec",
  expiry: "expiry settings",
  limits: "limits",
  appleApi: "the Apple Business API account",
  online: "online settings"
};
function describeLocation(path, data) {
  const parts = [];
  let node = data;
  for (let i2 = 0; i2 < path.length; i2++) {
    const segment = path[i2];
    const parent = node;
    node = child(node, segment);
    if (typeof segment === "number") {
      const listName = path[i2 - 1];
      const noun = typeof listName === "string" ? LIST_NOUNS[listName] : void 0;
      if (noun) parts.unshift(`${noun} ${quoteId(node, segment)}`);
    } else if (OBJECT_NOUNS[segment] && !Array.isArray(child(parent, segment))) {
      parts.unshift(OBJECT_NOUNS[segment]);
    }
  }
  const precise = parts.filter((part) => part !== "spec" && part !== "metadata");
  const chosen = precise.length > 0 ? precise : parts;
  if (chosen.length === 0) return "the document";
  return chosen.slice(0, 2).join(" of ");
}
function quoteId(entry, index) {
  const id = entry?.id;
  return typeof id === "string" && id.length <= 64 ? `\`${id}\`` : `#${index + 1}`;
}
function child(node, segment) {
  if (node === null || typeof node !== "object") return void 0;
  return node[segment];
}
function quoteValue(value) {
  if (typeof value === "string") {
    if (value.length > 40 || value.includes("\n")) return `a ${value.length}-character string`;
    if (looksLikeCredential(value) || maskPrefixedTokens(value) !== value) return `a ${value.length}-character string that looks like a credential (not repeated here)`;
    return `\`${value}\``;
  }
  if (value === null) return "`null`";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a YAML timestamp";
  if (typeof value === "object") return "a mapping";
  return `\`${String(value)}\``;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a YAML timestamp (`!!timestamp`)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}

// src/schema/errors.ts
function toSchemaProblems(errors, data) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const typoTargets = collectTypoTargets(errors, data);
  for (const error of errors) {
    const problem = translate(error, data, typoTargets);
    if (!problem) continue;
    const key = `${problem.path.join("\0")}${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
var STRUCTURAL = /* @__PURE__ */ new Set(["if", "anyOf", "oneOf", "allOf", "then", "else"]);
function translate(error, data, typoTargets) {
  if (STRUCTURAL.has(error.keyword)) return void 0;
  const path = toDocPath(error.instancePath, data);
  const key = path[path.length - 1];
  const keyName = typeof key === "string" ? `\`${key}\`` : "This entry";
  const parentKey = path[path.length - 2];
  const valueName = typeof key !== "string" && typeof parentKey === "string" ? `entry of \`${parentKey}\`` : keyName;
  const where2 = describeLocation(path, data);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties": {
      const unknown = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = didYouMean(unknown, allowed);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `allowed keys are ${allowed.map((k2) => `\`${k2}\``).join(", ")}.`;
      return { path: [...path, unknown], message: `Unknown key \`${unknown}\` in ${where2}: ${hint}` };
    }
    case "required": {
      const missing = String(params.missingProperty);
      if (typoTargets.has(`${error.instancePath}/${missing}`)) return void 0;
      return { path, message: `${capitalize(where2)} is missing the required key \`${missing}\`.` };
    }
    case "type":
      return { path, message: `${keyName} must be ${article(String(params.type))}, not ${typeName(error.data)}.` };
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof error.data === "string" ? didYouMean(error.data, allowed) : void 0;
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${allowed.map((v2) => `\`${v2}\``).join(", ")}.`;
      if (error.propertyName !== void 0) return { path: [...path, error.propertyName], message: `Unknown key ${quoteValue(error.data)} in ${keyName}: ${hint}` };
      return { path, message: `${quoteValue(error.data)} is not a valid ${valueName}: ${hint}` };
    }
    case "const":
      return { path, message: `${keyName} must be \`${String(params.allowedValue)}\`, not ${quoteValue(error.data)}.` };
    case "pattern":
    case "format": {
      const meant = referenceSuggestion(path, error.data, data);
      const expected = `expected ${expectedShape(error)}`;
      return { path, message: `${quoteValue(error.data)} is not a valid ${valueName}: ${meant ? `did you mean \`${meant}\`? (${expected})` : `${expected}.`}` };
    }
    case "false schema":
      return { path, message: `${keyName} is not allowed in ${describeLocation(path.slice(0, -1), data)}${contextHint(error)}.` };
    case "minItems":
      return { path, message: `${keyName} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}.` };
    case "propertyNames":
      return void 0;
    // reported by the nested error on the offending name
    default:
      return { path, message: `${keyName} ${error.message ?? "is invalid"}.` };
  }
}
function referencedList(path) {
  if (path[0] !== "spec") return void 0;
  const key = path[path.length - 1];
  if (typeof key === "number") return path[path.length - 2] === "units" && path.length > 4 ? "units" : void 0;
  const lists = { unit: "units", service: "deviceManagementServices", downloadedBy: "accounts", role: "roles" };
  return key === void 0 ? void 0 : lists[key];
}
function referenceSuggestion(path, written, data) {
  const list = referencedList(path);
  if (list === void 0 || typeof written !== "string") return void 0;
  const entries = data?.spec?.[list];
  if (!Array.isArray(entries)) return void 0;
  const named = entries.flatMap((entry) => {
    const { id, name } = entry ?? {};
    return typeof id === "string" ? [{ id, name: typeof name === "string" ? name : void 0 }] : [];
  });
  return suggestReference(written, named);
}
function collectTypoTargets(errors, _data) {
  const targets = /* @__PURE__ */ new Set();
  const missingByObject = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword !== "required") continue;
    const set = missingByObject.get(error.instancePath) ?? /* @__PURE__ */ new Set();
    set.add(String(error.params.missingProperty));
    missingByObject.set(error.instancePath, set);
  }
  for (const error of errors) {
    if (error.keyword !== "additionalProperties" && error.keyword !== "unevaluatedProperties") continue;
    const params = error.params;
    const unknown = String(params.additionalProperty ?? params.unevaluatedProperty);
    const missing = missingByObject.get(error.instancePath);
    const suggestion = missing && didYouMean(unknown, missing);
    if (suggestion) targets.add(`${error.instancePath}/${suggestion}`);
  }
  return targets;
}
function expectedShape(error) {
  const described = error.parentSchema?.["x-expected"];
  if (described) return described;
  const pattern = error.params.pattern;
  const format = error.params.format;
  if (format === "date" || format === "date-time") return "an ISO 8601 date such as `2027-01-10` or `2027-01-10T12:00:00Z`";
  if (!pattern) return `the ${format ?? "required"} format`;
  const accepts = (sample) => new RegExp(pattern, "u").test(sample);
  if (accepts("2027-01-10") && !accepts("acme")) return "an ISO 8601 date such as `2027-01-10` or `2027-01-10T12:00:00Z`";
  if (accepts("env:NAME") && accepts("file:tokens/a.p7m")) return "`file:<path relative to this file>` or `env:<VARIABLE>`";
  if (accepts("env:NAME")) return "`env:<VARIABLE>` (private keys are never read from files in the repository)";
  if (accepts("Acme.hq_1-a")) return "an id: letters, digits, `.`, `_` and `-`, starting with a letter or digit";
  if (accepts("a".repeat(64))) return "the 64 lowercase hexadecimal digits of a SHA-256 digest";
  if (accepts("30d")) return "a duration such as `30d` (days, at most 9999) or `12h` (hours, at most 99999)";
  if (accepts("it@acme.example") && !accepts("acme")) return "a Managed Apple Account's email address such as `it@acme.example`";
  if (accepts("@acme/it")) return "a GitHub `@user` or `@org/team`";
  if (accepts("BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11")) return "the client ID Apple shows for the API account: `BUSINESSAPI.` and a UUID";
  if (accepts("d136aa66-0c3b-4bd4-9892-c20e8db024ab")) return "the key ID Apple shows for the API account (a UUID such as `d136aa66-0c3b-4bd4-9892-c20e8db024ab`)";
  if (accepts("acme")) return "lowercase letters, digits and dashes, starting and ending with a letter or digit";
  return `text matching \`${pattern}\``;
}
function contextHint(error) {
  const path = error.instancePath;
  if (path.endsWith("/essentialsSubscription")) return ": it applies only to `product: apple-business-essentials`";
  if (path.endsWith("/appleApi")) return ": Apple Business Essentials has no Apple Business API";
  return "";
}
function toDocPath(instancePath, data) {
  if (instancePath === "") return [];
  const path = [];
  let node = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
  }
  return path;
}
function article(type) {
  const names = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    boolean: "`true` or `false`",
    integer: "a whole number",
    number: "a number",
    null: "null"
  };
  return type.split(",").map((t2) => names[t2] ?? t2).join(" or ");
}
function capitalize(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/schema/validator.ts
var compiled;
function checkSchema(name, data) {
  compiled ??= compileValidators();
  const validate = compiled[name];
  const problems = validate(data) ? [] : toSchemaProblems(validate.errors ?? [], data);
  const reported = new Set(problems.map((problem) => problem.path.join("/")));
  for (const problem of impossibleDates(data)) if (!reported.has(problem.path.join("/"))) problems.push(problem);
  return problems;
}

// src/rules/catalog/yaml-syntax.ts
var yamlSyntax = {
  meta: {
    id: "yaml-syntax",
    defaultSeverity: "error",
    summary: "A file cannot be parsed as YAML (syntax error, duplicate key, bad encoding).",
    sources: []
  },
  *check({ model }) {
    for (const { file, problem } of model.parseProblems) {
      if (problem.ruleId === "yaml-syntax") yield { at: { file: file.path, region: problem.region }, message: problem.message };
    }
  }
};

// src/base/rule-meta.ts
var DOCS_BASE_URL = "https://github.com/abm-gitops/abm-gitops/blob/main/docs/rules";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}

// src/rules/types.ts
function checkInSteps(start) {
  return function* (context) {
    const steps = start();
    for (const organization2 of context.model.organizations) yield* steps.organization(organization2);
    yield* steps.finish(context);
  };
}

// src/rules/catalog/duplicate-id.ts
var LIST_NOUNS2 = { units: "Unit", roles: "Role", accounts: "Account", services: "Service", contentTokens: "Content token" };
var duplicateId = {
  meta: {
    id: "duplicate-id",
    defaultSeverity: "error",
    summary: "Two entries of one list share an id, or two organizations share metadata.name.",
    sources: []
  },
  // The lists of each organization are checked as it is modelled; the names once every document is in.
  inSteps: stepsOfDuplicateId,
  check: checkInSteps(stepsOfDuplicateId)
};
function stepsOfDuplicateId() {
  return {
    *organization(organization2) {
      for (const list of Object.keys(LIST_NOUNS2)) {
        yield* duplicatesIn(organization2, organization2[list], LIST_NOUNS2[list]);
      }
    },
    *finish({ model }) {
      const firstByName = /* @__PURE__ */ new Map();
      for (const document of model.organizationDocuments) {
        const name = document.value.metadata?.name;
        if (typeof name !== "string") continue;
        const first = firstByName.get(name);
        if (!first) {
          firstByName.set(name, document);
          continue;
        }
        const where2 = `${first.file.path}:${regionOf(first, ["metadata", "name"]).line}`;
        yield {
          at: { document, path: ["metadata", "name"] },
          message: `Organization name \`${name}\` is already used in ${where2}: each organization (tenant) needs its own name, or findings, waivers and renewal branches would mix them up. Rename one of them.`,
          organization: name
        };
      }
    }
  };
}
function* duplicatesIn(organization2, entries, noun) {
  const first = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const earlier = first.get(entry.value.id);
    if (!earlier) {
      first.set(entry.value.id, entry);
      continue;
    }
    const line = regionOf(organization2.source, earlier.path).line;
    yield {
      at: { document: organization2.source, path: [...entry.path, "id"] },
      message: `${noun} id \`${entry.value.id}\` appears twice in organization \`${organization2.name}\` (first at line ${line}, ${formatPath(earlier.path)}): references could not tell them apart. Give each entry its own id.`
    };
  }
}

// src/rules/catalog/input-limit.ts
var inputLimit = {
  meta: {
    id: "input-limit",
    defaultSeverity: "error",
    summary: "A file is over the size cap, nests too deep, or expands too many aliases.",
    sources: []
  },
  *check({ model }) {
    for (const { file, problem } of model.parseProblems) {
      if (problem.ruleId === "input-limit") yield { at: { file: file.path, region: problem.region }, message: problem.message };
    }
  }
};

// src/rules/catalog/primary-unit-count.ts
var primaryUnitCount = {
  meta: {
    id: "primary-unit-count",
    defaultSeverity: "error",
    summary: "An organization has no primary unit, or more than one.",
    sources: ["001", "003"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      const units = organization2.source.value.spec.units;
      const primaries = units.flatMap((unit, index) => unit?.primary === true ? [{ id: unit.id, index }] : []);
      if (primaries.length === 0) {
        yield {
          at: { document: organization2.source, path: ["spec", "units"] },
          message: `Organization \`${organization2.name}\` has no primary unit: Apple treats the original organization (the primary unit or location) differently, for example its content token and the built-in service. Mark the original one with \`primary: true\`.`
        };
      }
      for (const extra of primaries.slice(1)) {
        yield {
          at: { document: organization2.source, path: ["spec", "units", extra.index, "primary"] },
          message: `Organization \`${organization2.name}\` has more than one primary unit (\`${primaries[0].id}\` and \`${extra.id}\`): there is only one original organization in Apple's model. Keep \`primary: true\` on one unit.`
        };
      }
    }
  }
};

// src/model/catalog.ts
var ALL_PERMISSIONS = [
  "manage-device-management-services",
  "assign-licenses-for-apps-and-books",
  "get-licenses-for-apps-and-books",
  "view-apps-and-books",
  "manage-roles",
  "manage-accounts",
  "manage-units",
  "accept-terms"
];
var CONTENT_PERMISSIONS = ["assign-licenses-for-apps-and-books", "get-licenses-for-apps-and-books", "view-apps-and-books"];
var ABM_GUIDE = 'Apple Business Manager User Guide, "Role privileges in Apple Business Manager"';
var AB_GUIDE = 'Apple Business User Guide, "Intro to roles and permissions"';
var ABE_GUIDE = 'Apple Business Essentials User Guide, "Roles and privileges"';
var BUILT_IN_ROLES = {
  "apple-business-manager": [
    { id: "administrator", name: "Administrator", permissions: ALL_PERMISSIONS, source: `${ABM_GUIDE}; seed 004 (may renew server tokens)` },
    {
      id: "device-enrollment-manager",
      name: "Device Enrollment Manager",
      permissions: ["manage-device-management-services"],
      source: `${ABM_GUIDE}; seed 004 (may renew server tokens)`
    },
    { id: "content-manager", name: "Content Manager", permissions: CONTENT_PERMISSIONS, source: `${ABM_GUIDE}; seed 002 (downloads the Apps and Books token)` },
    { id: "people-manager", name: "People Manager", permissions: ["manage-accounts", "manage-roles", "manage-units"], source: ABM_GUIDE },
    { id: "staff", name: "Staff", permissions: [], source: ABM_GUIDE }
  ],
  "apple-business": [
    { id: "organization-administrator", name: "Organization Administrator", permissions: ALL_PERMISSIONS, source: `${AB_GUIDE}; at most 10 per organization` },
    {
      id: "it-administrator",
      name: "IT Administrator",
      permissions: ["manage-device-management-services", ...CONTENT_PERMISSIONS, "manage-accounts"],
      source: `${AB_GUIDE}; seed 000, seed 001`
    },
    { id: "marketing-administrator", name: "Marketing Administrator", permissions: [], source: AB_GUIDE },
    { id: "staff", name: "Staff", permissions: [], source: AB_GUIDE },
    {
      id: "device-enrollment-manager",
      name: "Device Enrollment Manager",
      permissions: ["manage-device-management-services"],
      source: `${AB_GUIDE} (predefined custom role); seed 000`
    },
    { id: "content-manager", name: "Content Manager", permissions: CONTENT_PERMISSIONS, source: `${AB_GUIDE} (predefined custom role); seed 001` },
    { id: "people-manager", name: "People Manager", permissions: ["manage-accounts"], source: `${AB_GUIDE} (predefined custom role)` }
  ],
  "apple-business-essentials": [
    { id: "administrator", name: "Administrator", permissions: ALL_PERMISSIONS, source: `${ABE_GUIDE}; seed 003 (may download content tokens)` },
    { id: "content-manager", name: "Content Manager", permissions: CONTENT_PERMISSIONS, source: `${ABE_GUIDE}; seed 003 (may download content tokens)` },
    { id: "people-manager", name: "People Manager", permissions: ["manage-accounts"], source: ABE_GUIDE },
    { id: "staff", name: "Staff", permissions: [], source: ABE_GUIDE }
  ]
};
var BY_ID = new Map(Object.entries(BUILT_IN_ROLES).map(([product, roles]) => [product, new Map(roles.map((role) => [role.id, role]))]));
function builtInRole(product, roleId) {
  return BY_ID.get(product)?.get(roleId);
}
function isBuiltInRoleId(product, roleId) {
  return BY_ID.get(product)?.has(roleId) ?? false;
}
var PRODUCT_NAMES = {
  "apple-business": "Apple Business",
  "apple-business-manager": "Apple Business Manager",
  "apple-business-essentials": "Apple Business Essentials"
};

// src/model/live.ts
function applyLiveState(model, state) {
  model.liveState = state;
  for (const organization2 of model.organizations) {
    const live = state.organizations.get(organization2.name);
    if (!live) continue;
    for (const token of live.contentTokens) {
      if (token.outcome !== "valid" || token.expiresAt === void 0 || Number.isNaN(token.expiresAt.getTime())) continue;
      const artifact = organization2.artifacts.find((candidate) => candidate.kind === "content-token" && candidate.id === token.contentTokenId);
      if (artifact) artifact.appleExpiresAt = token.expiresAt;
    }
  }
}
function liveStateOf(model, organization2) {
  return model.liveState?.organizations.get(organization2.name);
}
function realExpiry(artifact) {
  if (artifact.appleExpiresAt) return { expiresAt: artifact.appleExpiresAt, source: "apple" };
  const reading = artifact.reading;
  if (reading?.expiresAt) return { expiresAt: reading.expiresAt, source: reading.source };
  return void 0;
}
function nameKey(name) {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
function roleKey(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s_-]+/g, "");
}
var ROLE_ALIASES = {
  "apple-business": { administrator: "organization-administrator" }
};
function appleRoleIs(organization2, roleId, appleRoleName) {
  const apple = roleKey(appleRoleName);
  if (roleKey(roleId) === apple) return true;
  const declaredName = organization2.rolesById.get(roleId)?.value.name;
  if (declaredName !== void 0 && roleKey(declaredName) === apple) return true;
  const builtIn = builtInRole(organization2.product, roleId);
  if (builtIn && roleKey(builtIn.name) === apple) return true;
  return ROLE_ALIASES[organization2.product]?.[apple] === roleId;
}
function roleIdForAppleName(product, appleRoleName, declaredRoles = []) {
  const apple = roleKey(appleRoleName);
  const declared = declaredRoles.find((role) => roleKey(role.id) === apple || role.name !== void 0 && roleKey(role.name) === apple);
  if (declared) return declared.id;
  const builtIn = BUILT_IN_ROLES[product].find((role) => roleKey(role.name) === apple || roleKey(role.id) === apple);
  return builtIn?.id ?? ROLE_ALIASES[product]?.[apple];
}
function onlineSummary(state) {
  const checked = { "apple-business-api": 0, "device-enrollment-api": 0, "apps-and-books-api": 0 };
  const skipped = [];
  for (const live of state.organizations.values()) {
    if (live.business) checked["apple-business-api"]++;
    checked["device-enrollment-api"] += live.serverTokens.filter((token) => token.outcome !== "unavailable").length;
    checked["apps-and-books-api"] += live.contentTokens.filter((token) => token.outcome !== "unavailable").length;
    for (const skip of live.skipped) {
      skipped.push({ organization: live.organization, api: skip.api, ...skip.subject !== void 0 ? { subject: skip.subject } : {}, reason: skip.reason });
    }
  }
  const compare = (a2 = "", b2 = "") => a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
  skipped.sort((a2, b2) => compare(a2.organization, b2.organization) || compare(a2.api, b2.api) || compare(a2.subject, b2.subject));
  return { organizations: state.organizations.size, checked, skipped };
}

// src/rules/catalog/duplicate-service-name.ts
var duplicateServiceName = {
  meta: {
    id: "duplicate-service-name",
    defaultSeverity: "error",
    summary: "Two external device management services of one organization share a name.",
    sources: ["000"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      const firstByName = /* @__PURE__ */ new Map();
      for (const service of organization2.services) {
        const { type, name } = service.value;
        if (type !== "external" || name === void 0) continue;
        const key = nameKey(name);
        const first = firstByName.get(key);
        if (!first) {
          firstByName.set(key, service);
          continue;
        }
        const line = regionOf(organization2.source, [...first.path, "name"]).line;
        const firstName = first.value.name.trim();
        const names = firstName === name.trim() ? `both named "${firstName}"` : `named "${firstName}" and "${name.trim()}", the same name but for case or spacing`;
        yield {
          at: { document: organization2.source, path: [...service.path, "name"] },
          message: `Services \`${first.value.id}\` (line ${line}) and \`${service.value.id}\` of organization \`${organization2.name}\` are ${names}: Apple requires a unique name for each device management service, and tokens are easily uploaded to the wrong one. Rename one of them in Apple's portal and here.`
        };
      }
    }
  }
};

// src/rules/catalog/primary-content-token-with-built-in-service.ts
var primaryContentTokenWithBuiltInService = {
  meta: {
    id: "primary-content-token-with-built-in-service",
    defaultSeverity: "error",
    summary: "The built-in device management service is in use and the primary unit's content token is uploaded to an external service.",
    sources: ["001", "003"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      const reason = builtInServiceInUse(organization2);
      if (reason === void 0) continue;
      const primaryUnits = new Set(organization2.units.filter((unit) => unit.value.primary === true).map((unit) => unit.value.id));
      for (const token of organization2.contentTokens) {
        if (!primaryUnits.has(token.value.unit) || token.value.service === void 0) continue;
        const service = organization2.servicesById.get(token.value.service);
        if (service?.value.type !== "external") continue;
        yield {
          at: { document: organization2.source, path: [...token.path, "service"] },
          message: messageFor(organization2, token.value.id, token.value.unit, service.value.id, reason)
        };
      }
    }
  }
};
function builtInServiceInUse(organization2) {
  if (organization2.product === "apple-business-manager") return void 0;
  if (organization2.product === "apple-business-essentials" && organization2.essentialsSubscription === "monthly") {
    return "has a monthly Apple Business Essentials subscription";
  }
  const builtIn = organization2.services.find((service) => service.value.type === "built-in");
  return builtIn ? `uses the built-in device management service (\`${builtIn.value.id}\`)` : void 0;
}
function messageFor(organization2, tokenId, unitId, serviceId, reason) {
  const subject = `Organization \`${organization2.name}\` ${reason}, yet content token \`${tokenId}\` of its primary ${organization2.product === "apple-business-essentials" ? "location" : "unit"} \`${unitId}\` is uploaded to external service \`${serviceId}\``;
  if (organization2.product === "apple-business-essentials") {
    return `${subject}: Apple Business Essentials itself uses the primary location's token to assign app licenses, and another MDM holding it causes inconsistent license inventory and failed app assignments. Remove the token from \`${serviceId}\` (and its \`service:\` here); other locations' tokens may stay with a third-party MDM.`;
  }
  return `${subject}: Apple Business asks to remove it to avoid inconsistencies in app license inventory and app assignment failures (this applies to the original organization only). Remove the token from \`${serviceId}\` (and its \`service:\` here), or give the external service another unit's token.`;
}

// src/model/token-identity.ts
import { posix } from "node:path";
function contentTokenIdentities(organization2, token, realSha256) {
  const identities = [];
  const { ref, sha256 } = token.value;
  if (ref !== void 0) identities.push({ by: "ref", value: resolvedRef(organization2, ref), field: identityField(token.value, "ref", ref) });
  const declared = sha256?.toLowerCase();
  if (declared !== void 0) identities.push({ by: "sha256", value: declared, field: identityField(token.value, "sha256", declared) });
  const real = realSha256?.toLowerCase();
  if (real !== void 0 && real !== declared) identities.push({ by: "sha256", value: real, field: identityField(token.value, "sha256", real) });
  return identities;
}
function identityField(token, by, value) {
  if (by === "ref") return "ref";
  if (token.sha256?.toLowerCase() === value) return "sha256";
  return token.ref === void 0 ? void 0 : "ref";
}
function identityKey({ by, value }) {
  return `${by}:${value}`;
}
function describeIdentity(identity, token) {
  if (identity.by === "ref") return `the same \`ref\` (\`${token.value.ref}\`)`;
  return identity.field === "sha256" ? "the same `sha256`" : "the same token contents behind its `ref`";
}
function resolvedRef(organization2, ref) {
  if (!ref.startsWith("file:")) return ref;
  const directory = posix.dirname(organization2.source.file.path);
  return `file:${posix.normalize(posix.join(directory, ref.slice("file:".length)))}`;
}
function realHashes(organization2) {
  const hashes = /* @__PURE__ */ new Map();
  for (const artifact of organization2.artifacts) {
    const sha256 = artifact.reading?.sha256;
    if (artifact.contentToken && sha256 !== void 0) hashes.set(artifact.contentToken, sha256);
  }
  return hashes;
}

// src/rules/catalog/content-token-shared.ts
var contentTokenShared = {
  meta: {
    id: "content-token-shared",
    defaultSeverity: "error",
    summary: "One content token is uploaded to more than one service, or declared twice, in one organization or across organizations.",
    sources: ["002"]
  },
  // One index of every token by identity (MSP repos hold thousands). Not run in steps while the threads load: the
  // index then lives beside the threads' heaps (+8-14 MiB peak at 10,000 organizations with the index keyed by
  // prefixed texts; ~3 MiB of index since, not measured in steps), docs/performance.md.
  check: checkInSteps(stepsOfContentTokenShared)
};
function stepsOfContentTokenShared() {
  const firstSeen = { ref: /* @__PURE__ */ new Map(), sha256: /* @__PURE__ */ new Map() };
  return {
    *organization(organization2) {
      const hashes = realHashes(organization2);
      for (const token of organization2.contentTokens) {
        const identities = contentTokenIdentities(organization2, token, hashes.get(token));
        let match;
        let seen;
        for (const identity of identities) {
          const first = firstSeen[identity.by].get(identity.value);
          if (first === void 0) firstSeen[identity.by].set(identity.value, seen ??= { organization: organization2, token });
          else match ??= { identity, first };
        }
        if (match) {
          const { identity, first } = match;
          yield reportOf(
            { organization: organization2, token, field: identity.field },
            { ...first, field: identityField(first.token.value, identity.by, identity.value) },
            describeIdentity(identity, token)
          );
        }
      }
    },
    finish: () => []
  };
}
function reportOf(later, first, how) {
  const { organization: organization2, token } = later;
  const where2 = `${first.organization.source.file.path}:${regionOf(first.organization.source, pathOf2(first)).line}`;
  const subject = `Content token \`${token.value.id}\` of organization \`${organization2.name}\` is the same token as \`${first.token.value.id}\` of organization \`${first.organization.name}\` (${where2}), by ${how}`;
  let message;
  let path = pathOf2(later);
  if (first.organization !== organization2) {
    message = `${subject}: a content token belongs to one organization and can be managed by one MDM provider only, so the two would take it from each other. Download this organization's own token in its Apps and Books settings.`;
  } else if (token.value.service !== void 0 && first.token.value.service !== void 0 && token.value.service !== first.token.value.service) {
    message = `${subject}, but uploaded to \`${token.value.service}\` as well as \`${first.token.value.service}\`: a content token can be managed by one MDM provider only, the last to claim it takes it over. Give each service the token of its own unit.`;
    path = [...token.path, "service"];
  } else {
    message = `${subject}: one token is declared twice, so its renewal and checks would be counted twice. Keep one entry.`;
  }
  return { at: { document: organization2.source, path }, message };
}
function pathOf2({ token, field }) {
  return field === void 0 ? token.path : [...token.path, field];
}

// src/rules/catalog/content-token-per-unit.ts
var contentTokenPerUnit = {
  meta: {
    id: "content-token-per-unit",
    defaultSeverity: "error",
    summary: "A unit has more than one distinct content token.",
    sources: ["001", "003"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) yield* extraTokensOf(organization2);
  }
};
function* extraTokensOf(organization2) {
  const tokenOf = distinctTokens(organization2);
  const seenByUnit = /* @__PURE__ */ new Map();
  for (const [index, entry] of organization2.contentTokens.entries()) {
    const distinct = tokenOf(index);
    const seen = seenByUnit.get(entry.value.unit);
    if (!seen) {
      seenByUnit.set(entry.value.unit, { first: entry, tokens: /* @__PURE__ */ new Set([distinct]) });
      continue;
    }
    if (seen.tokens.has(distinct)) continue;
    seen.tokens.add(distinct);
    const line = regionOf(organization2.source, seen.first.path).line;
    const noun = organization2.product === "apple-business-essentials" ? "Location" : "Unit";
    yield {
      at: { document: organization2.source, path: [...entry.path, "unit"] },
      message: `${noun} \`${entry.value.unit}\` of organization \`${organization2.name}\` has more than one content token (\`${seen.first.value.id}\` at line ${line}, and \`${entry.value.id}\`): Apple issues one Apps and Books content token per ${noun.toLowerCase()}, so all but one are stale or belong elsewhere. Keep the current token; if both entries are the same token, give them the same \`sha256\`.`
    };
  }
}
function distinctTokens(organization2) {
  const parent = organization2.contentTokens.map((_2, index) => index);
  const root = (index) => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  const hashes = realHashes(organization2);
  const firstWithKey = /* @__PURE__ */ new Map();
  organization2.contentTokens.forEach((token, index) => {
    for (const identity of contentTokenIdentities(organization2, token, hashes.get(token))) {
      const key = identityKey(identity);
      const earlier = firstWithKey.get(key);
      if (earlier === void 0) firstWithKey.set(key, index);
      else parent[root(index)] = root(earlier);
    }
  });
  return root;
}

// src/rules/catalog/custom-role-unsupported.ts
var customRoleUnsupported = {
  meta: {
    id: "custom-role-unsupported",
    defaultSeverity: "error",
    summary: "A custom role is declared for a product other than Apple Business, which alone has custom roles.",
    sources: []
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      if (organization2.product === "apple-business") continue;
      for (const role of organization2.roles) {
        if (isBuiltInRoleId(organization2.product, role.value.id)) continue;
        yield {
          at: { document: organization2.source, path: [...role.path, "id"] },
          message: `Role \`${role.value.id}\` of organization \`${organization2.name}\` is a custom role, but ${PRODUCT_NAMES[organization2.product]} has only its built-in roles (custom roles exist in Apple Business alone). Put its accounts on a built-in role, for example \`content-manager\` for content tokens.`
        };
      }
    }
  }
};

// src/rules/catalog/built-in-service-unsupported.ts
var builtInServiceUnsupported = {
  meta: {
    id: "built-in-service-unsupported",
    defaultSeverity: "error",
    summary: "A `type: built-in` device management service is declared for Apple Business Manager, which has none.",
    sources: ["000"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      if (organization2.product !== "apple-business-manager") continue;
      for (const service of organization2.services) {
        if (service.value.type !== "built-in") continue;
        yield {
          at: { document: organization2.source, path: [...service.path, "type"] },
          message: `Service \`${service.value.id}\` of organization \`${organization2.name}\` is declared \`type: built-in\`, but Apple Business Manager has no built-in device management service (Apple Business and Apple Business Essentials do). Declare the MDM server as \`type: external\` with its name, vendor and tokens, or remove the entry.`
        };
      }
    }
  }
};

// src/model/roles.ts
function effectiveRole(organization2, roleId) {
  const declared = organization2.rolesById.get(roleId);
  const catalog = builtInRole(organization2.product, roleId);
  if (declared) {
    return {
      id: roleId,
      permissions: new Set(declared.value.permissions),
      ...declared.value.units ? { units: declared.value.units } : {},
      declared,
      builtIn: catalog !== void 0
    };
  }
  if (catalog) return { id: roleId, permissions: new Set(catalog.permissions), builtIn: true };
  return void 0;
}
function roleAllows(role, permissions, unit) {
  if (!permissions.some((permission) => role.permissions.has(permission))) return false;
  return unit === void 0 || role.units === void 0 || role.units.includes(unit);
}

// src/model/compact.ts
var SCAN_LIMIT = 16;
var listPaths = /* @__PURE__ */ new Map();
var childPaths = /* @__PURE__ */ new WeakMap();
function entryPath(list, index) {
  let paths = listPaths.get(list);
  if (!paths) listPaths.set(list, paths = []);
  return paths[index] ??= Object.freeze(["spec", list, index]);
}
function childPath(parent, key) {
  let children2 = childPaths.get(parent);
  if (!children2) childPaths.set(parent, children2 = /* @__PURE__ */ new Map());
  let path = children2.get(key);
  if (!path) children2.set(key, path = Object.freeze([...parent, key]));
  return path;
}
var FirstById = class {
  constructor(list) {
    this.list = list;
  }
  list;
  #map;
  get(id) {
    if (this.list.length > SCAN_LIMIT) return this.#indexed().get(id);
    for (const entry of this.list) if (entry.value.id === id) return entry;
    return void 0;
  }
  has(id) {
    return this.get(id) !== void 0;
  }
  get size() {
    return this.#indexed().size;
  }
  keys() {
    return this.#indexed().keys();
  }
  values() {
    return this.#indexed().values();
  }
  entries() {
    return this.#indexed().entries();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback) {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
  #indexed() {
    if (!this.#map) {
      this.#map = /* @__PURE__ */ new Map();
      for (const entry of this.list) if (!this.#map.has(entry.value.id)) this.#map.set(entry.value.id, entry);
    }
    return this.#map;
  }
};
var IdSet = class {
  constructor(ids) {
    this.ids = ids;
  }
  ids;
  #set;
  has(id) {
    return this.ids.length > SCAN_LIMIT ? this.#unique().has(id) : this.ids.includes(id);
  }
  get size() {
    return this.#unique().size;
  }
  keys() {
    return this.#unique().keys();
  }
  values() {
    return this.#unique().values();
  }
  entries() {
    return this.#unique().entries();
  }
  [Symbol.iterator]() {
    return this.values();
  }
  forEach(callback) {
    for (const id of this.values()) callback(id, id, this);
  }
  #unique() {
    return this.#set ??= new Set(this.ids);
  }
};
var DeclaredIds = class {
  constructor(lists) {
    this.lists = lists;
  }
  lists;
  #long;
  get units() {
    return this.#of("units");
  }
  get roles() {
    return this.#of("roles");
  }
  get accounts() {
    return this.#of("accounts");
  }
  get deviceManagementServices() {
    return this.#of("deviceManagementServices");
  }
  get contentTokens() {
    return this.#of("contentTokens");
  }
  #of(list) {
    const known = this.#long?.get(list);
    if (known) return known;
    const ids = [];
    for (const entry of this.lists[list] ?? []) {
      const id = entry?.id;
      if (typeof id === "string") ids.push(id);
    }
    const set = new IdSet(ids);
    if (ids.length > SCAN_LIMIT) (this.#long ??= /* @__PURE__ */ new Map()).set(list, set);
    return set;
  }
};
var ModelArtifact = class {
  constructor(kind, id, organization2, path, declaration, service, contentToken, expiresAt, downloadedAt, region) {
    this.kind = kind;
    this.id = id;
    this.organization = organization2;
    this.path = path;
    this.declaration = declaration;
    this.service = service;
    this.contentToken = contentToken;
    this.reading = void 0;
    this.appleExpiresAt = void 0;
    this.#expiresAt = packedInstant(expiresAt);
    this.#downloadedAt = downloadedAt === void 0 ? void 0 : packedInstant(downloadedAt);
    this.#line = region.line;
    this.#columns = packedColumns(region);
  }
  kind;
  id;
  organization;
  path;
  declaration;
  service;
  contentToken;
  reading;
  appleExpiresAt;
  #expiresAt;
  #downloadedAt;
  #line;
  #columns;
  get expiresAt() {
    return unpackedInstant(this.#expiresAt);
  }
  get downloadedAt() {
    return this.#downloadedAt === void 0 ? void 0 : unpackedInstant(this.#downloadedAt);
  }
  get expiresAtRegion() {
    const columns = this.#columns;
    if (typeof columns !== "number") return { ...columns };
    return { line: this.#line, column: Math.floor(columns / COLUMN_SPAN), endLine: this.#line, endColumn: columns % COLUMN_SPAN };
  }
};
var DAY_MS3 = 864e5;
var SMALL_INTEGER = 2 ** 30;
var COLUMN_SPAN = 2 ** 15;
function packedInstant(instant) {
  const time = instant.getTime();
  const day = time / DAY_MS3;
  if (Number.isInteger(day) && Math.abs(day) < SMALL_INTEGER) return day;
  return Math.abs(time) >= SMALL_INTEGER ? time : new Date(time);
}
function unpackedInstant(packed) {
  if (typeof packed !== "number") return new Date(packed.getTime());
  return new Date(Math.abs(packed) < SMALL_INTEGER ? packed * DAY_MS3 : packed);
}
function packedColumns(region) {
  const { line, column, endLine, endColumn } = region;
  const packable = endLine === line && Number.isInteger(column) && Number.isInteger(endColumn) && column >= 0 && endColumn >= 0 && endColumn < COLUMN_SPAN && column < SMALL_INTEGER / COLUMN_SPAN;
  return packable ? column * COLUMN_SPAN + endColumn : { line, column, endLine, endColumn };
}

// src/model/downloads.ts
var cache = /* @__PURE__ */ new WeakMap();
function downloadedTokens(organization2) {
  let tokens = cache.get(organization2);
  if (tokens) return tokens;
  const found = [];
  for (const artifact of organization2.artifacts) {
    const accountId = "downloadedBy" in artifact.declaration ? artifact.declaration.downloadedBy : void 0;
    const account = accountId === void 0 ? void 0 : organization2.accountsById.get(accountId);
    if (account) found.push({ artifact, account, downloadedByPath: childPath(artifact.path, "downloadedBy") });
  }
  tokens = exactly(found);
  cache.set(organization2, tokens);
  return tokens;
}

// src/model/permissions.ts
var DOWNLOAD_PERMISSIONS = {
  "service-token": {
    ids: ["manage-device-management-services"],
    phrase: "view, add, and delete device management services (`manage-device-management-services`)"
  },
  "content-token": {
    ids: ["assign-licenses-for-apps-and-books", "get-licenses-for-apps-and-books"],
    phrase: "Assign licenses for Apps and Books or get licenses for apps and books (`assign-licenses-for-apps-and-books`, `get-licenses-for-apps-and-books`)"
  }
};
function permissionGap(organization2, token) {
  const { artifact } = token;
  if (artifact.kind === "apns-certificate") return void 0;
  const role = effectiveRole(organization2, token.account.value.role);
  if (!role) return void 0;
  const permissions = DOWNLOAD_PERMISSIONS[artifact.kind].ids;
  if (!roleAllows(role, permissions)) return { role, unitsOutOfScope: [] };
  const unitsOfToken = artifact.kind === "content-token" ? [artifact.contentToken.value.unit] : artifact.service?.value.units ?? [];
  const unitsOutOfScope = unitsOfToken.filter((unit) => !roleAllows(role, permissions, unit));
  return unitsOutOfScope.length > 0 ? { role, unitsOutOfScope } : void 0;
}
function accountMayDownload(organization2, account, kind, units) {
  if ((account.value.status ?? "active") !== "active") return false;
  const role = effectiveRole(organization2, account.value.role);
  return role !== void 0 && units.every((unit) => roleAllows(role, DOWNLOAD_PERMISSIONS[kind].ids, unit));
}

// src/rules/catalog/content-token-downloader-role.ts
function isLeastPrivilege(product, role) {
  if (product === "apple-business") return role.permissions.size === 1 && role.permissions.has("assign-licenses-for-apps-and-books");
  return role.id === "content-manager";
}
function adviceFor(product) {
  if (product === "apple-business") {
    return "Apple recommends a dedicated Managed Apple Account on a custom role with only Assign licenses for Apps and Books, so that nobody's everyday sign-in or password change invalidates the token. Create that role (`permissions: [assign-licenses-for-apps-and-books]`) and account, and download the token with it.";
  }
  return `${PRODUCT_NAMES[product]} has no custom roles, so the built-in Content Manager is the least privilege that may download content tokens. Download the token with a dedicated account on \`content-manager\`.`;
}
var contentTokenDownloaderRole = {
  meta: {
    id: "content-token-downloader-role",
    defaultSeverity: "warning",
    summary: "The account that downloads a content token is not on a least-privilege role.",
    sources: ["001"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const token of downloadedTokens(organization2)) {
        if (token.artifact.kind !== "content-token") continue;
        const role = effectiveRole(organization2, token.account.value.role);
        if (!role || isLeastPrivilege(organization2.product, role) || permissionGap(organization2, token)) continue;
        yield {
          at: { document: organization2.source, path: token.downloadedByPath },
          message: `Content token \`${token.artifact.id}\` in organization \`${organization2.name}\` was downloaded by \`${token.account.value.id}\` on role \`${role.id}\`, which is not a least-privilege role for content tokens: ${adviceFor(organization2.product)}`
        };
      }
    }
  }
};

// src/model/labels.ts
var ARTIFACT_KIND_NAMES = {
  "service-token": "service token",
  "content-token": "content token",
  "apns-certificate": "APNs certificate"
};
function kindLabel(kind) {
  return ARTIFACT_KIND_NAMES[kind];
}
function artifactLabel(artifact) {
  switch (artifact.kind) {
    case "service-token":
      return `service token of service \`${artifact.id}\``;
    case "content-token":
      return `content token \`${artifact.id}\``;
    case "apns-certificate":
      return `APNs certificate of service \`${artifact.id}\``;
  }
}

// src/rules/catalog/downloader-permission.ts
var downloaderPermission = {
  meta: {
    id: "downloader-permission",
    defaultSeverity: "error",
    summary: "The account recorded in downloadedBy holds no role that may download that kind of token.",
    sources: ["000", "001", "003", "004"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const token of downloadedTokens(organization2)) {
        const gap = permissionGap(organization2, token);
        if (gap) yield gapReport(organization2, token, gap);
      }
    }
  }
};
function gapReport(organization2, token, gap) {
  const { artifact, account } = token;
  const needed = DOWNLOAD_PERMISSIONS[artifact.kind];
  const subject = `\`${account.value.id}\` downloaded the ${artifactLabel(artifact)} in organization \`${organization2.name}\`, but its role \`${gap.role.id}\``;
  const units = (ids) => ids.map((id) => `\`${id}\``).join(", ");
  const problem = gap.unitsOutOfScope.length === 0 ? `cannot ${needed.phrase}, which Apple requires to download it` : `is limited to units ${units(gap.role.units ?? [])} and the token concerns ${units(gap.unitsOutOfScope)}, outside that scope`;
  return {
    at: { document: organization2.source, path: token.downloadedByPath },
    message: `${subject} ${problem}. Record the account that really downloaded it, or download the token again with an account whose role allows it.`
  };
}

// src/rules/catalog/downloader-departed.ts
var STATUS_PHRASES = {
  departed: "has left the organization (`status: departed`)",
  disabled: "is disabled (`status: disabled`)"
};
var downloaderDeparted = {
  meta: {
    id: "downloader-departed",
    defaultSeverity: "error",
    summary: "The account that downloaded a token is departed or disabled: replace the token.",
    sources: ["000"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const { artifact, account, downloadedByPath } of downloadedTokens(organization2)) {
        const status = account.value.status;
        if (status !== "departed" && status !== "disabled") continue;
        yield {
          at: { document: organization2.source, path: downloadedByPath },
          message: `The ${artifactLabel(artifact)} in organization \`${organization2.name}\` was downloaded by \`${account.value.id}\`, who ${STATUS_PHRASES[status]}: Apple asks for the token to be replaced when the user who downloaded it leaves. Download a new token with an active account and update \`downloadedBy\`.`
        };
      }
    }
  }
};

// src/rules/catalog/token-invalidated-by-password-change.ts
var BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
var tokenInvalidatedByPasswordChange = {
  meta: {
    id: "token-invalidated-by-password-change",
    defaultSeverity: "error",
    summary: "The downloader's passwordChangedAt is after the token's downloadedAt: Apple has already invalidated the token.",
    sources: ["000", "001", "003"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const { artifact, account, downloadedByPath } of downloadedTokens(organization2)) {
        const changedText = account.value.passwordChangedAt;
        const changedAt = changedText === void 0 ? void 0 : parseInstant(changedText);
        const { downloadedAt } = artifact;
        if (!changedAt || !downloadedAt || changedAt.getTime() <= downloadedAt.getTime()) continue;
        const downloadedText = "downloadedAt" in artifact.declaration ? artifact.declaration.downloadedAt : void 0;
        const sameDayHint = downloadedText !== void 0 && BARE_DATE.test(downloadedText) && formatDay(changedAt) === formatDay(downloadedAt) ? " (`downloadedAt` is a bare date, read as the start of that day: if the download came after the password change, record both as date-times)" : "";
        yield {
          at: { document: organization2.source, path: downloadedByPath },
          message: `The ${artifactLabel(artifact)} in organization \`${organization2.name}\` was downloaded on ${formatDay(downloadedAt)} by \`${account.value.id}\`, whose password changed on ${formatDay(changedAt)}${sameDayHint}: Apple invalidates a token when the account that downloaded it changes its password. Download a new token and update \`downloadedAt\`.`
        };
      }
    }
  }
};

// src/rules/catalog/token-expiry.ts
var LAPSE = {
  "service-token": {
    breaks: "Apple stops talking to the device management service, so devices assigned to it no longer reach it",
    remedy: "download a new service token for the service in Apple's portal, install it in the MDM and update `expiresAt` (`abm-gitops renew` opens the pull request)"
  },
  "content-token": {
    breaks: "app and book license communication between Apple and the device management service stops",
    remedy: "download a new content token (Payments & Billing > Apps & Books), upload it to the service and update `expiresAt`"
  },
  "apns-certificate": {
    breaks: "devices stop receiving the service's MDM commands",
    remedy: "renew it at the Apple Push Certificates Portal with the same Apple Account that created it (a new certificate makes every device re-enroll) and update `expiresAt`"
  }
};
var REAL_EXPIRY_ORIGIN = {
  apple: "Apple's Apps and Books API reports",
  file: "read from the referenced file",
  secret: "read from the secret"
};
var tokenExpiry = {
  meta: {
    id: "token-expiry",
    defaultSeverity: "warning",
    summary: "A service token, content token or APNs certificate expires soon (warning, error close to the date) or has expired (error).",
    sources: ["000", "001", "002", "003", "004"]
  },
  perOrganization: true,
  *check({ model }) {
    const { config: config2, now } = model;
    for (const organization2 of model.organizations) {
      for (const artifact of organization2.artifacts) {
        const report = expiryReport(artifact, now, config2.expiry);
        if (report) yield report;
      }
    }
  }
};
function expiryReport(artifact, now, windows) {
  const expiresAt = realExpiry(artifact)?.expiresAt ?? artifact.expiresAt;
  const remainingMs = expiresAt.getTime() - now.getTime();
  let severity;
  if (remainingMs <= windows.errorBeforeMs) severity = "error";
  else if (remainingMs <= windows.warnBeforeMs) severity = "warning";
  else return void 0;
  const expired = remainingMs <= 0;
  const days = daysBetween(now, expiresAt);
  const when = expired ? `expired on ${formatDay(expiresAt)} (${daysAgo(-days)})` : `expires on ${formatDay(expiresAt)} (${daysLeft(days)})`;
  const { breaks, remedy } = LAPSE[artifact.kind];
  const consequence = expired ? capitalize2(breaks) : `Once it expires, ${breaks}`;
  return {
    at: { document: artifact.organization.source, path: [...artifact.path, "expiresAt"] },
    severity,
    message: `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\` ${when}${realExpiryNote(artifact)}. ${consequence}: ${remedy}.`
  };
}
function realExpiryNote(artifact) {
  const real = realExpiry(artifact);
  if (!real) return "";
  const where2 = REAL_EXPIRY_ORIGIN[real.source];
  const declared = formatDay(artifact.expiresAt);
  return declared === formatDay(real.expiresAt) ? `, as ${where2}` : `, as ${where2} (the declared \`expiresAt\` says ${declared})`;
}
function daysLeft(days) {
  if (days === 0) return "less than a day left";
  return days === 1 ? "1 day left" : `${days} days left`;
}
function daysAgo(days) {
  if (days === 0) return "today";
  return days === 1 ? "1 day ago" : `${days} days ago`;
}
function capitalize2(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/rules/catalog/token-lifetime.ts
var MAX_LIFETIME_MS = 366 * DAY_MS;
var tokenLifetime = {
  meta: {
    id: "token-lifetime",
    defaultSeverity: "error",
    summary: "expiresAt is more than one year (366 days) after downloadedAt (or, without it, after today), or before it; or downloadedAt is in the future.",
    sources: ["000", "001", "003"]
  },
  perOrganization: true,
  *check({ model }) {
    const { now } = model;
    for (const organization2 of model.organizations) {
      for (const artifact of organization2.artifacts) {
        const report = lifetimeReport(artifact, now);
        if (report) yield report;
      }
    }
  }
};
function lifetimeReport(artifact, now) {
  const { downloadedAt, expiresAt } = artifact;
  const where2 = `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\``;
  const atKey = (key) => ({ document: artifact.organization.source, path: [...artifact.path, key] });
  if (!downloadedAt) {
    const daysAhead = daysBetween(now, expiresAt);
    if (expiresAt.getTime() - now.getTime() <= MAX_LIFETIME_MS) return void 0;
    return {
      at: atKey("expiresAt"),
      message: `${where2} expires on ${formatDay(expiresAt)}, ${daysAhead} days from today, but Apple's tokens and certificates last one year from download, so no token downloaded by today can last that long: \`expiresAt\` has a typo (often the year). Copy the expiry from Apple's portal or read it with \`abm-gitops inspect\`, and add \`downloadedAt\`.`
    };
  }
  if (downloadedAt.getTime() > now.getTime()) {
    return {
      at: atKey("downloadedAt"),
      message: `${where2} is declared as downloaded on ${formatDay(downloadedAt)}, which is after today (${formatDay(now)}): no token is downloaded in the future, so \`downloadedAt\` has a typo. Copy the download date from Apple's portal.`
    };
  }
  const lifetimeMs = expiresAt.getTime() - downloadedAt.getTime();
  const dates = `\`expiresAt\` ${formatDay(expiresAt)}, \`downloadedAt\` ${formatDay(downloadedAt)}`;
  let problem;
  if (lifetimeMs < 0) problem = `expires before it was downloaded (${dates})`;
  else if (lifetimeMs > MAX_LIFETIME_MS) problem = `is declared to last ${Math.ceil(lifetimeMs / DAY_MS)} days (${dates})`;
  else return void 0;
  return {
    at: atKey("expiresAt"),
    message: `${where2} ${problem}, but Apple's tokens and certificates last one year from download: one of the dates is a typo. Copy both dates from Apple's portal.`
  };
}

// src/rules/catalog/artifact-kind-mismatch.ts
var artifactKindMismatch = {
  meta: {
    id: "artifact-kind-mismatch",
    defaultSeverity: "error",
    summary: "A `ref` points at a readable file or secret of another kind than its key expects (e.g. an `apnsCertificate` that is no APNs push certificate).",
    sources: ["000", "004"]
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind === "kind-mismatch") yield { at: { document: problem.organization.source, path: problem.path }, message: messageOf(problem) };
    }
  }
};
function messageOf(problem) {
  const { ref, subject, reason } = problem;
  const holder = ref.startsWith("env:") ? `The secret \`${ref}\`` : `The file behind \`${ref}\``;
  return `${holder} (the ${subject} in organization \`${problem.organization.name}\`) is ${reason}: its dates and identity describe something else, so they are not used and the declared values go unchecked. Point \`ref\` at the ${subject.replace(/ of service .*| `.*$/, "")} itself, as downloaded from Apple.`;
}

// src/rules/catalog/declared-expiry-mismatch.ts
var declaredExpiryMismatch = {
  meta: {
    id: "declared-expiry-mismatch",
    defaultSeverity: "error",
    summary: "The real expiry read from the referenced file or secret differs from `expiresAt` by more than a day (or the declared `sha256` is not the real one).",
    sources: []
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const artifact of organization2.artifacts) {
        const expiry = expiryReport2(artifact);
        if (expiry) yield expiry;
        const reading = artifact.reading;
        if (!reading) continue;
        const declared = artifact.declaration.sha256;
        if (declared !== void 0 && !hashMatches(reading, declared)) {
          yield hashReport(
            artifact.organization.source,
            [...artifact.path, "sha256"],
            `${artifactLabel(artifact)} in organization \`${organization2.name}\``,
            artifact.declaration.ref,
            reading
          );
        }
      }
      for (const service of organization2.services) {
        const declared = service.value.publicKey?.sha256;
        const reading = model.publicKeys.get(service);
        if (declared === void 0 || reading === void 0 || hashMatches(reading, declared)) continue;
        const label = `public key certificate of service \`${service.value.id}\` in organization \`${organization2.name}\``;
        yield hashReport(organization2.source, [...service.path, "publicKey", "sha256"], label, service.value.publicKey?.ref, reading);
      }
    }
  }
};
function expiryReport2(artifact) {
  const known = realExpiry(artifact);
  if (!known || Math.abs(known.expiresAt.getTime() - artifact.expiresAt.getTime()) <= DAY_MS) return void 0;
  const real = known.expiresAt;
  const ref = artifact.declaration.ref;
  const where2 = known.source === "apple" ? "Apple's Apps and Books API, asked with the token" : known.source === "file" ? `the file behind \`${ref}\`` : `the secret \`${ref}\``;
  return {
    at: { document: artifact.organization.source, path: [...artifact.path, "expiresAt"] },
    message: `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\` really expires on ${formatDay(real)} (read from ${where2}), but \`expiresAt\` says ${formatDay(artifact.expiresAt)}: the declared date is what people and renewal pull requests go by, so it must be the real one. Set \`expiresAt: ${formatDay(real)}\`, or check that the reference points at the current token.`
  };
}
function hashMatches(reading, declared) {
  const wanted = declared.toLowerCase();
  return reading.sha256 === void 0 || wanted === reading.sha256 || wanted === reading.sha256Exact;
}
function hashReport(document, path, label, ref, reading) {
  const real = reading.source === "file" ? reading.sha256Exact ?? reading.sha256 : reading.sha256;
  return {
    at: { document, path },
    message: `The declared \`sha256\` of the ${label} is not the hash of what \`${ref ?? "ref"}\` holds (${real}): the declaration describes another file, usually the one before a renewal, so the checks that compare tokens by hash look at the wrong one. Set \`sha256: ${real}\` if the referenced file is the current one.`
  };
}

// src/model/recipients.ts
function normaliseSerial(hex) {
  const trimmed2 = hex.toLowerCase().replace(/^0+/, "");
  return trimmed2 === "" ? "0" : trimmed2;
}
function sameIssuerAndSerial(a2, b2) {
  if (normaliseSerial(a2.serialNumber) !== normaliseSerial(b2.serialNumber)) return false;
  if (a2.issuerAttributes.length !== b2.issuerAttributes.length) return false;
  return a2.issuerAttributes.every((attribute2, index) => {
    const other = b2.issuerAttributes[index];
    return other !== void 0 && other.type === attribute2.type && other.value === attribute2.value;
  });
}
function recipientMatchesCertificate(token, certificate) {
  return token.recipients.some((recipient) => sameIssuerAndSerial(recipient, certificate));
}

// src/rules/catalog/token-public-key-mismatch.ts
var tokenPublicKeyMismatch = {
  meta: {
    id: "token-public-key-mismatch",
    defaultSeverity: "error",
    summary: "The server token was encrypted to a certificate other than the service's `publicKey`: a new public key needs a new token.",
    sources: ["000"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const artifact of organization2.artifacts) {
        const recipients = artifact.reading?.recipients;
        const publicKey = artifact.service ? model.publicKeys.get(artifact.service) : void 0;
        if (artifact.kind !== "service-token" || !recipients || !publicKey || recipientMatchesCertificate({ recipients }, publicKey)) continue;
        yield {
          at: { document: organization2.source, path: [...artifact.path, "ref"] },
          message: `The service token of service \`${artifact.id}\` in organization \`${organization2.name}\` was encrypted to ${describe2(recipients)}, not to the service's public key certificate \`${artifact.service?.value.publicKey?.ref}\` (issued by ${publicKey.issuer}, serial ${publicKey.serialNumber}), so the MDM cannot decrypt it. Apple encrypts each token to the public key uploaded when it is downloaded: upload the current public key for the service in Apple's portal and download a new token.`
        };
      }
    }
  }
};
function describe2(recipients) {
  const names = recipients.map((recipient) => `issued by ${recipient.issuer || "an unnamed issuer"}, serial ${recipient.serialNumber}`);
  return names.length === 1 ? `the certificate ${names[0]}` : `the certificates ${names.join("; ")}`;
}

// src/rules/catalog/reference-outside-repo.ts
var referenceOutsideRepo = {
  meta: {
    id: "reference-outside-repo",
    defaultSeverity: "error",
    summary: "A `file:` reference leaves the repository root (`..`, an absolute path, or a symlink to outside); nothing is read.",
    sources: []
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind !== "outside-repo") continue;
      yield {
        at: { document: problem.organization.source, path: problem.path },
        message: `The reference \`${problem.ref}\` of the ${problem.subject} in organization \`${problem.organization.name}\` was refused and nothing was read: ${problem.reason}. abm-gitops reads only files inside the repository, so a check never depends on (or exposes) other files of the machine it runs on: move the file into the repository and reference it relative to this YAML file, or reference a secret with \`env:\`.`
      };
    }
  }
};

// src/rules/catalog/token-unreadable.ts
var tokenUnreadable = {
  meta: {
    id: "token-unreadable",
    defaultSeverity: "warning",
    summary: "A `file:` reference is missing or unparsable, or an `env:` secret is set but unparsable (an unset secret is fine).",
    sources: []
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind === "unreadable") yield { at: { document: problem.organization.source, path: problem.path }, message: messageOf2(problem) };
    }
  }
};
function messageOf2(problem) {
  const { ref, subject, reason } = problem;
  const what = `the ${subject} in organization \`${problem.organization.name}\``;
  const unchecked = "so its real expiry and identity are not checked";
  if (problem.path[problem.path.length - 1] === "privateKey") {
    return `The secret \`${ref}\` (${what}) is set but cannot be used: ${reason}; so the token's real expiry is not checked. Put the unencrypted PEM private key of the public key certificate the token was downloaded for in that secret, or leave it unset to read only who the token was made for.`;
  }
  if (problem.path[problem.path.length - 1] === "passphrase") {
    return `The passphrase \`${ref}\` (${what}) is set but cannot be used: ${reason}; so the certificate's real expiry and identity are not checked. Set that variable to the passphrase the .p12 was exported with (try it with \`abm-gitops inspect <file> --passphrase env:NAME\`), or export the certificate again without one and remove \`passphrase\`.`;
  }
  if (reason === PASSPHRASE_NEEDED_REASON) {
    return `The ${ref.startsWith("env:") ? "secret" : "file behind"} \`${ref}\` (${what}) is a .p12 protected by a passphrase, which was not given; ${unchecked}. Add \`passphrase: env:NAME\` to this \`apnsCertificate\` and set that variable (in CI, a secret) to the passphrase the .p12 was exported with.`;
  }
  if (ref.startsWith("env:")) {
    return `The secret \`${ref}\` (${what}) is set but cannot be used: ${reason}; ${unchecked}. Store the whole file downloaded from Apple, unchanged, in that secret, or leave it unset to check the declared dates only.`;
  }
  return `The file behind \`${ref}\` (${what}) cannot be read: ${reason}; ${unchecked}. Correct the path (it is relative to this YAML file) or replace the file with the one downloaded from Apple.`;
}

// src/rules/catalog/legacy-content-token.ts
var legacyContentToken = {
  meta: {
    id: "legacy-content-token",
    defaultSeverity: "warning",
    summary: "A content token is a legacy user-based token (legacyUserBased: true): migrate it.",
    sources: ["001"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const token of organization2.contentTokens) {
        if (token.value.legacyUserBased !== true) continue;
        yield {
          at: { document: organization2.source, path: [...token.path, "legacyUserBased"] },
          message: `Content token \`${token.value.id}\` in organization \`${organization2.name}\` is a legacy user-based token: Apple asks organizations to migrate legacy user-based tokens (Manage content tokens > Migrate content tokens). Migrate it, upload the new token to the service, and remove \`legacyUserBased\`.`
        };
      }
    }
  }
};

// src/rules/catalog/committed-secret.ts
var SECRETS = {
  "private-key": {
    is: "a private key: whoever reads the repository can decrypt the service tokens made for its certificate",
    rotate: "make a new key pair, upload the new public key certificate in Apple's portal and download new service tokens for it"
  },
  "push-certificate-key": {
    is: "an APNs push certificate with its private key: whoever reads the repository can use your MDM server's push channel to its devices",
    rotate: "renew this push certificate in Apple's Push Certificates Portal with a new certificate signing request from your MDM (renew it, never create a new one: every device enrolled under its topic would have to enroll again), then keep the bundle in a secret referenced with `env:`"
  },
  "decrypted-server-token": {
    is: "a decrypted service (server) token: its OAuth access secret lets anyone act as the device management service at Apple",
    rotate: "download a new service token for the service in Apple's portal (that replaces the leaked one) and keep only the encrypted .p7m"
  },
  "content-token": {
    is: "an Apps and Books content token: the whole file is a bearer credential for the organization's app licenses",
    rotate: "download a new content token (Payments & Billing > Apps & Books), which replaces the leaked one, and reference it with `env:` and `sha256`"
  }
};
var committedSecret = {
  meta: {
    id: "committed-secret",
    defaultSeverity: "error",
    summary: "The repository holds a private key, a decrypted server token, or a content token file.",
    sources: []
  },
  *check({ model }) {
    for (const secret of model.secretFiles) {
      const { is, rotate } = SECRETS[secret.kind];
      yield {
        at: { file: secret.path, region: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
        message: `This file holds ${is}. Remove it from the repository and from its git history, then treat it as leaked and rotate it: ${rotate}.`
      };
    }
  }
};

// src/rules/catalog/apns-certificate-missing.ts
var apnsCertificateMissing = {
  meta: {
    id: "apns-certificate-missing",
    defaultSeverity: "warning",
    summary: "An external device management service declares no APNs certificate.",
    sources: ["004"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const service of organization2.services) {
        if (service.value.type !== "external" || service.value.apnsCertificate !== void 0) continue;
        yield {
          at: { document: organization2.source, path: service.path },
          message: `Service \`${service.value.id}\` of organization \`${organization2.name}\` declares no \`apnsCertificate\`: the MDM server cannot reach its devices without an active push certificate, and its server token cannot be renewed without one, so an unwatched expiry goes unnoticed. Add \`apnsCertificate\` with its \`expiresAt\`.`
        };
      }
    }
  }
};

// src/rules/catalog/release-devices-enabled.ts
var releaseDevicesEnabled = {
  meta: {
    id: "release-devices-enabled",
    defaultSeverity: "warning",
    summary: "An external device management service has the Release Devices permission.",
    sources: ["000"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const service of organization2.services) {
        if (service.value.type !== "external" || service.value.releaseDevices !== true) continue;
        yield {
          at: { document: organization2.source, path: [...service.path, "releaseDevices"] },
          message: `Service \`${service.value.id}\` of organization \`${organization2.name}\` may release devices: a released device leaves the organization for good, and Apple advises against selecting Release Devices unless the service really needs it. Turn it off in the service's settings and set \`releaseDevices: false\`, or waive this finding with the reason.`
        };
      }
    }
  }
};

// src/rules/catalog/renewal-access-lost.ts
var renewalAccessLost = {
  meta: {
    id: "renewal-access-lost",
    defaultSeverity: "warning",
    summary: "A service has `access: lost`: its token cannot be renewed in place.",
    sources: ["004"]
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) {
      for (const service of organization2.services) {
        if (service.value.access !== "lost") continue;
        yield {
          at: { document: organization2.source, path: [...service.path, "access"] },
          message: `Service \`${service.value.id}\` of organization \`${organization2.name}\` has \`access: lost\`: renewing a server token needs access to the MDM server behind the original token, so this one cannot be renewed in place. Link a new service, move its devices there and wipe them so they re-enroll with the new token, then remove this service.`
        };
      }
    }
  }
};

// src/rules/catalog/schema.ts
var schema = {
  meta: {
    id: "schema",
    defaultSeverity: "error",
    summary: "A document breaks the JSON Schema (wrong type, missing key, unknown key).",
    sources: []
  },
  *check({ model }) {
    for (const { document, problem } of model.schemaProblems) {
      yield { at: { document, path: problem.path }, message: problem.message };
    }
  }
};

// src/rules/catalog/unresolved-reference.ts
var TARGET_NOUNS = {
  units: "unit",
  roles: "role",
  accounts: "account",
  deviceManagementServices: "device management service",
  contentTokens: "content token"
};
var unresolvedReference = {
  meta: {
    id: "unresolved-reference",
    defaultSeverity: "error",
    summary: "A unit, service, role, downloadedBy or units entry names nothing in its organization.",
    sources: []
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization2 of model.organizations) yield* referencesOf(organization2);
  }
};
var MAX_LISTED = 5;
function entriesOf(organization2, target) {
  const modelled = target === "units" ? organization2.units : target === "deviceManagementServices" ? organization2.services : target === "roles" ? organization2.roles : [];
  const names = new Map(modelled.map(({ value }) => [value.id, value.name]));
  return [...organization2.declaredIds[target]].map((id) => ({ id, name: names.get(id) }));
}
function* referencesOf(organization2) {
  const check = (target, id, path) => {
    if (id === void 0 || organization2.declaredIds[target].has(id)) return void 0;
    if (target === "roles" && isBuiltInRoleId(organization2.product, id)) return void 0;
    let candidates = entriesOf(organization2, target);
    if (target === "roles") {
      candidates = [...candidates, ...BUILT_IN_ROLES[organization2.product].map((role) => ({ id: role.id, name: role.name }))];
    }
    const suggestion = suggestReference(id, candidates);
    const noun = TARGET_NOUNS[target];
    const declared = [...organization2.declaredIds[target]];
    const listed = declared.length > 0 && declared.length <= MAX_LISTED ? ` (declared: ${declared.map((known) => `\`${known}\``).join(", ")})` : "";
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : `declare it under \`spec.${target}\` or fix the name${listed}.`;
    return {
      at: { document: organization2.source, path },
      message: `No ${noun} \`${id}\` in organization \`${organization2.name}\`: ${hint}`
    };
  };
  const reports = [];
  for (const role of organization2.roles) {
    role.value.units?.forEach((unit, index) => {
      reports.push(check("units", unit, [...role.path, "units", index]));
    });
  }
  for (const account of organization2.accounts) {
    reports.push(check("roles", account.value.role, [...account.path, "role"]));
  }
  for (const service of organization2.services) {
    service.value.units?.forEach((unit, index) => {
      reports.push(check("units", unit, [...service.path, "units", index]));
    });
    const downloader = service.value.serviceToken?.downloadedBy;
    reports.push(check("accounts", downloader, [...service.path, "serviceToken", "downloadedBy"]));
  }
  for (const token of organization2.contentTokens) {
    reports.push(check("units", token.value.unit, [...token.path, "unit"]));
    reports.push(check("deviceManagementServices", token.value.service, [...token.path, "service"]));
    reports.push(check("accounts", token.value.downloadedBy, [...token.path, "downloadedBy"]));
  }
  for (const report of reports) if (report) yield report;
}

// src/rules/waivers.ts
var MARKER = "abm-gitops-ignore";
var COMMENT = /(?:^|\s)#\s*abm-gitops-ignore\b(.*)$/;
var cache2 = /* @__PURE__ */ new WeakMap();
var NO_WAIVERS = Object.freeze([]);
function inlineWaivers(file) {
  const cached = cache2.get(file);
  if (cached) return cached;
  if (!file.text.includes(MARKER)) {
    cache2.set(file, NO_WAIVERS);
    return NO_WAIVERS;
  }
  const waivers = [];
  file.text.split(/\r?\n/).forEach((text2, index) => {
    const match = text2.includes(MARKER) ? COMMENT.exec(text2) : null;
    if (!match) return;
    const [, rest = ""] = match;
    const [rulePart = "", ...reasonParts] = rest.split("--");
    const ruleId = rulePart.trim() || void 0;
    const reason = reasonParts.join("--").trim() || void 0;
    const column = text2.indexOf("#", match.index) + 1;
    waivers.push({
      line: index + 1,
      column,
      endColumn: text2.trimEnd().length + 1,
      ...ruleId ? { ruleId } : {},
      ...reason ? { reason } : {},
      standalone: text2.slice(0, column - 1).trim() === ""
    });
  });
  cache2.set(file, waivers);
  return waivers;
}
function rememberInlineWaivers(file, waivers) {
  cache2.set(file, waivers.length === 0 ? NO_WAIVERS : waivers);
}
function isUsableInlineWaiver(waiver, knownRuleIds) {
  return waiver.reason !== void 0 && waiver.ruleId !== void 0 && knownRuleIds.has(waiver.ruleId);
}
function isExceptionExpired(exception, now) {
  return now.getTime() >= exception.expires.getTime();
}
function applyWaivers(findings, model, knownRuleIds) {
  const filesByPath = new Map(model.files.map((file) => [file.path, file]));
  const exceptions = model.config.exceptions.filter((exception) => knownRuleIds.has(exception.rule) && !isExceptionExpired(exception, model.now)).map((exception) => ({ exception, pathPrefix: exception.target === void 0 ? void 0 : targetPath(model, exception) }));
  for (const finding of findings) {
    const file = filesByPath.get(finding.file);
    const inline = file && inlineWaivers(file).find(
      (waiver) => waiver.ruleId === finding.ruleId && isUsableInlineWaiver(waiver, knownRuleIds) && (waiver.line === finding.line || waiver.standalone && waiver.line === finding.line - 1)
    );
    if (inline) {
      finding.waived = true;
      finding.waiver = { reason: maskPrefixedTokens(inline.reason), source: "inline" };
      continue;
    }
    const match = exceptions.find(
      ({ exception, pathPrefix }) => exception.rule === finding.ruleId && exception.organization === finding.organization && (exception.target === void 0 || pathPrefix !== void 0 && isAtOrBelow(finding.path, pathPrefix))
    );
    if (match) {
      finding.waived = true;
      finding.waiver = { reason: maskPrefixedTokens(match.exception.reason), source: "config" };
    }
  }
}
var TARGET_LISTS = {
  units: "units",
  roles: "roles",
  accounts: "accounts",
  deviceManagementServices: "services",
  contentTokens: "contentTokens"
};
function targetPath(model, exception) {
  const [listName, id, ...keys] = (exception.target ?? "").split("/");
  const list = listName === void 0 ? void 0 : TARGET_LISTS[listName];
  const organization2 = model.organizations.find((candidate) => candidate.name === exception.organization);
  if (!list || !organization2 || id === void 0) return void 0;
  const entry = organization2[list].find((candidate) => candidate.value.id === id);
  if (!entry) return void 0;
  return `spec.${listName}[${entry.path[2]}]${keys.map((key) => `.${key}`).join("")}`;
}
function isAtOrBelow(path, prefix) {
  if (path === void 0 || !path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === "" || next === "." || next === "[";
}

// src/rules/catalog/waiver-expired.ts
var waiverExpired = {
  meta: {
    id: "waiver-expired",
    defaultSeverity: "warning",
    summary: "A Config exception is past its expires date and no longer applies.",
    sources: []
  },
  *check({ model }) {
    const { config: config2, now } = model;
    if (!config2.source) return;
    for (const exception of config2.exceptions) {
      if (!isExceptionExpired(exception, now)) continue;
      yield {
        at: { document: config2.source, path: [...exception.path, "expires"] },
        message: `The exception for \`${exception.rule}\` in organization \`${exception.organization}\` expired on ${exception.expiresAsWritten} and no longer applies: fix what it waived, or renew it with a new date and an up-to-date reason.`,
        organization: exception.organization
      };
    }
  }
};

// src/rules/catalog/waiver-unknown-rule.ts
var waiverUnknownRule = {
  meta: {
    id: "waiver-unknown-rule",
    defaultSeverity: "error",
    summary: "A waiver (inline or in exceptions) names no known rule.",
    sources: []
  },
  *check({ model, knownRuleIds }) {
    const { config: config2 } = model;
    const describe3 = (ruleId) => {
      const suggestion = didYouMean(ruleId, knownRuleIds);
      return suggestion ? `did you mean \`${suggestion}\`?` : "run `abm-gitops explain` for the list of rules.";
    };
    for (const file of model.files) {
      for (const waiver of inlineWaivers(file)) {
        if (waiver.reason === void 0 || waiver.ruleId !== void 0 && knownRuleIds.has(waiver.ruleId)) continue;
        const report = {
          at: { file: file.path, region: { line: waiver.line, column: waiver.column, endLine: waiver.line, endColumn: waiver.endColumn } },
          message: waiver.ruleId ? `This waiver names \`${waiver.ruleId}\`, which is no rule, so it waives nothing: ${describe3(waiver.ruleId)}` : "This waiver names no rule, so it waives nothing: write `# abm-gitops-ignore <rule-id> -- <reason>`."
        };
        yield report;
      }
    }
    if (!config2.source) return;
    for (const exception of config2.exceptions) {
      if (knownRuleIds.has(exception.rule)) continue;
      yield {
        at: { document: config2.source, path: [...exception.path, "rule"] },
        message: `The exception for organization \`${exception.organization}\` names \`${exception.rule}\`, which is no rule, so it waives nothing: ${describe3(exception.rule)}`,
        organization: exception.organization
      };
    }
  }
};

// src/rules/catalog/waiver-without-reason.ts
var waiverWithoutReason = {
  meta: {
    id: "waiver-without-reason",
    defaultSeverity: "error",
    summary: "An inline waiver has no reason, so it waives nothing.",
    sources: []
  },
  *check({ model }) {
    for (const file of model.files) {
      for (const waiver of inlineWaivers(file)) {
        if (waiver.reason !== void 0) continue;
        const rule = waiver.ruleId ? ` for \`${waiver.ruleId}\`` : "";
        yield {
          at: { file: file.path, region: { line: waiver.line, column: waiver.column, endLine: waiver.line, endColumn: waiver.endColumn } },
          message: `This waiver${rule} gives no reason, so it waives nothing: a waiver must say why the finding is acceptable. Write \`# abm-gitops-ignore <rule-id> -- <reason>\`.`
        };
      }
    }
  }
};

// src/model/live-state.ts
var APPLE_APIS = ["apple-business-api", "device-enrollment-api", "apps-and-books-api"];
var APPLE_API_NAMES = {
  "apple-business-api": "Apple Business API",
  "device-enrollment-api": "device enrollment (ADE) API",
  "apps-and-books-api": "Apps and Books API"
};

// src/rules/online.ts
function* liveOrganizations(model) {
  for (const organization2 of model.organizations) {
    const live = liveStateOf(model, organization2);
    if (live) yield { organization: organization2, live };
  }
}
function listLocation(organization2, list) {
  const spec = organization2.source.value.spec;
  const path = spec && list in spec ? ["spec", list] : ["spec"];
  return { document: organization2.source, path };
}
function entryKeyLocation(organization2, entry, ...keys) {
  let node = entry.value;
  for (const key of keys) {
    node = node !== null && typeof node === "object" ? node[key] : void 0;
    if (node === void 0) return { document: organization2.source, path: entry.path };
  }
  return { document: organization2.source, path: [...entry.path, ...keys] };
}
function serviceTokenLocation(organization2, service) {
  const ref = entryKeyLocation(organization2, service, "serviceToken", "ref");
  return ref.path === service.path ? entryKeyLocation(organization2, service, "serviceToken") : ref;
}
function appleServerNamed(business, name) {
  const key = nameKey(name);
  const named = business.mdmServers.filter((server) => nameKey(server.serverName) === key);
  return named.find((server) => isActive(server.status)) ?? named[0];
}
function isActive(status) {
  return status.toUpperCase() === "ACTIVE";
}
function appleText(text2) {
  const flat = text2.replace(/\s+/g, " ").trim();
  return `\`${flat.length > 80 ? `${flat.slice(0, 77)}\u2026` : flat}\``;
}

// src/rules/catalog/apple-api-unavailable.ts
var appleApiUnavailable = {
  meta: {
    id: "apple-api-unavailable",
    defaultSeverity: "warning",
    summary: "An Apple API could not be reached, or refused the organization's API credentials, after retries.",
    sources: [],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const failure of live.failures) {
        yield {
          at: failureLocation(organization2, live, failure),
          message: `The ${APPLE_API_NAMES[failure.api]} could not be used for organization \`${organization2.name}\`: ${detail(failure)}. What only it can tell was not checked; the other checks went on. ${advice(failure)}`
        };
      }
    }
  }
};
function detail(failure) {
  const message = failure.message.trim().replace(/\.+$/, "");
  const name = `${APPLE_API_NAMES[failure.api]} `;
  if (message.startsWith(name)) return `it ${message.slice(name.length)}`;
  if (message !== "") return message;
  if (failure.status !== void 0) return `Apple answered HTTP ${failure.status}${failure.code ? ` (${failure.code})` : ""}`;
  return `no answer (${failure.code ?? "unknown error"})`;
}
function advice(failure) {
  const refused = failure.status === 400 || failure.status === 401 || failure.status === 403;
  if (refused && failure.api === "apple-business-api") {
    return "Check `spec.appleApi`: the client ID and key ID must be the API account's, the key must be the one uploaded for it, and the account must still exist in Apple's portal.";
  }
  if (refused) return "Check that the credential given is the current one, then run again.";
  return "Run again later; if it persists, check Apple's system status and that this machine can reach Apple.";
}
function failureLocation(organization2, live, failure) {
  switch (failure.api) {
    case "apple-business-api":
      return listLocation(organization2, "appleApi");
    case "device-enrollment-api": {
      const token = live.serverTokens.find((candidate) => candidate.outcome === "unavailable");
      const service = token && organization2.servicesById.get(token.serviceId);
      return service ? serviceTokenLocation(organization2, service) : listLocation(organization2, "deviceManagementServices");
    }
    case "apps-and-books-api": {
      const token = live.contentTokens.find((candidate) => candidate.outcome === "unavailable");
      const entry = token && organization2.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
      return entry ? entryKeyLocation(organization2, entry, "ref") : listLocation(organization2, "contentTokens");
    }
  }
}

// src/rules/catalog/apple-service-not-found.ts
var appleServiceNotFound = {
  meta: {
    id: "apple-service-not-found",
    defaultSeverity: "error",
    summary: "A declared external device management service does not exist in Apple under its `name`, or Apple lists it as not active.",
    sources: ["000"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      for (const service of organization2.services) {
        const { type, name, id } = service.value;
        if (type !== "external" || name === void 0) continue;
        const server = appleServerNamed(live.business, name);
        const at2 = entryKeyLocation(organization2, service, "name");
        if (!server) {
          yield {
            at: at2,
            message: `Apple has no device management service named ${appleText(name)} in organization \`${organization2.name}\` (service \`${id}\`): devices cannot be assigned to a service Apple does not know, and its server token belongs to nothing. Set \`name\` to the service's name as Settings > Device Management Services shows it, or add the service there.`
          };
        } else if (!isActive(server.status)) {
          yield {
            at: at2,
            message: `Apple lists the device management service ${appleText(server.serverName)} of organization \`${organization2.name}\` as ${appleText(server.status)}, not active: it no longer manages devices. Re-link it in Settings > Device Management Services, or remove service \`${id}\` from the file and move its devices to an active service.`
          };
        }
      }
    }
  }
};

// src/rules/catalog/apple-service-undeclared.ts
var appleServiceUndeclared = {
  meta: {
    id: "apple-service-undeclared",
    defaultSeverity: "warning",
    summary: "Apple lists an active third-party device management service that the organization does not declare.",
    sources: ["000"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const declared = new Set(organization2.services.flatMap((service) => service.value.name !== void 0 ? [nameKey(service.value.name)] : []));
      for (const server of live.business.mdmServers) {
        if (server.serverType.toUpperCase() !== "MDM" || !isActive(server.status) || declared.has(nameKey(server.serverName))) continue;
        yield {
          at: listLocation(organization2, "deviceManagementServices"),
          message: `Apple lists the active device management service ${appleText(server.serverName)} in organization \`${organization2.name}\`, but the file does not declare it: its server token, public key and push certificate expire unwatched. Declare it under \`deviceManagementServices\` with that \`name\`, or remove it in Settings > Device Management Services if nothing uses it.`
        };
      }
    }
  }
};

// src/rules/catalog/apple-service-silent.ts
var appleServiceSilent = {
  meta: {
    id: "apple-service-silent",
    defaultSeverity: "warning",
    summary: "A device management service that has devices has not connected to Apple for longer than `online.silentAfter`.",
    sources: ["000", "004"],
    online: true
  },
  *check({ model }) {
    const { config: config2, now } = model;
    const silentAfterMs = config2.online.silentAfterMs;
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      for (const service of organization2.services) {
        const { type, name, id } = service.value;
        if (type !== "external" || name === void 0) continue;
        const server = appleServerNamed(live.business, name);
        if (!server || !isActive(server.status) || !(server.deviceCount !== void 0 && server.deviceCount > 0)) continue;
        const last = server.lastConnectedAt;
        if (last && now.getTime() - last.getTime() <= silentAfterMs) continue;
        const since = last ? `has not connected to Apple since ${formatDay(last)}` : "has never connected to Apple";
        yield {
          at: entryKeyLocation(organization2, service, "name"),
          message: `Device management service ${appleText(server.serverName)} of organization \`${organization2.name}\` has ${server.deviceCount} device${server.deviceCount === 1 ? "" : "s"} but ${since} (longer than ${duration(silentAfterMs)}): its server token has probably stopped working (expired, the downloader's password changed, or the downloader left), so new devices do not enroll. Check the token in the MDM behind service \`${id}\`; download and install a new one if Apple refuses it.`
        };
      }
    }
  }
};
function duration(ms) {
  if (ms % DAY_MS === 0) return `${ms / DAY_MS} day${ms === DAY_MS ? "" : "s"}`;
  return `${Math.round(ms / HOUR_MS)} hours`;
}

// src/rules/catalog/apple-unit-not-found.ts
var appleUnitNotFound = {
  meta: {
    id: "apple-unit-not-found",
    defaultSeverity: "warning",
    summary: "A declared unit has no organizational unit of that `name` in Apple.",
    sources: ["001", "003"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const appleNames = new Set(live.business.units.map((unit) => nameKey(unit.name)));
      for (const unit of organization2.units) {
        if (appleNames.has(nameKey(unit.value.name))) continue;
        yield {
          at: entryKeyLocation(organization2, unit, "name"),
          message: `Apple has no organizational unit named ${appleText(unit.value.name)} in organization \`${organization2.name}\` (unit \`${unit.value.id}\`): it was renamed or removed in Apple, so content tokens and services declared for it describe a unit that is not there. Set \`name\` to the unit's name in Apple's portal, or remove the unit and what refers to it.`
        };
      }
    }
  }
};

// src/rules/catalog/apple-unit-undeclared.ts
var appleUnitUndeclared = {
  meta: {
    id: "apple-unit-undeclared",
    defaultSeverity: "info",
    summary: "Apple has an organizational unit the file does not declare.",
    sources: ["001", "003"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const declared = new Set(organization2.units.map((unit) => nameKey(unit.value.name)));
      for (const unit of live.business.units) {
        if (declared.has(nameKey(unit.name))) continue;
        yield {
          at: listLocation(organization2, "units"),
          message: `Apple has the organizational unit ${appleText(unit.name)} in organization \`${organization2.name}\`, which the file does not declare: its content token and services are not checked. Declare it under \`units\` with that \`name\`.`
        };
      }
    }
  }
};

// src/rules/catalog/apple-account-mismatch.ts
var appleAccountMismatch = {
  meta: {
    id: "apple-account-mismatch",
    defaultSeverity: "error",
    summary: "An account named in `downloadedBy` is missing in Apple, is not active there while declared active, or does not hold its declared role.",
    sources: ["000", "001"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const downloaders = downloaderKeys(organization2);
      const users = new Map(live.business.users.map((user) => [user.managedAppleAccount.toLowerCase(), user]));
      for (const account of organization2.accounts) {
        const { id, role, status } = account.value;
        if (!downloaders.has(id.toLowerCase())) continue;
        const user = users.get(id.toLowerCase());
        const who = `Account \`${id}\` of organization \`${organization2.name}\``;
        if (!user) {
          yield {
            at: entryKeyLocation(organization2, account, "id"),
            message: `${who} downloaded a token but Apple has no Managed Apple Account of that name: it was deleted or renamed, and Apple invalidates the tokens it downloaded when it leaves. Download the tokens again with an active account and record it in \`downloadedBy\`, or correct \`id\`.`
          };
          continue;
        }
        if ((status ?? "active") === "active" && !isActive(user.status)) {
          yield {
            at: entryKeyLocation(organization2, account, "status"),
            message: `${who} is declared active, but Apple lists it as ${appleText(user.status)}: the person has left or the account is locked, and the tokens it downloaded stop working. Download them again with an active account, update \`downloadedBy\`, and set \`status: departed\` (or \`disabled\`).`
          };
        }
        if (!user.roles.some((held) => appleRoleIs(organization2, role, held.roleName))) {
          const held = user.roles.length > 0 ? user.roles.map((entry) => appleText(entry.roleName)).join(", ") : "no role";
          yield {
            at: entryKeyLocation(organization2, account, "role"),
            message: `${who} is declared with role \`${role}\`, but in Apple it holds ${held}: the permission checks on its tokens rest on the declared role. Set \`role\` to what Apple shows, or give the account that role in Apple's portal.`
          };
        }
      }
    }
  }
};
function downloaderKeys(organization2) {
  const keys = /* @__PURE__ */ new Set();
  for (const service of organization2.services) {
    const by = service.value.serviceToken?.downloadedBy;
    if (by !== void 0) keys.add(by.toLowerCase());
  }
  for (const token of organization2.contentTokens) {
    if (token.value.downloadedBy !== void 0) keys.add(token.value.downloadedBy.toLowerCase());
  }
  return keys;
}

// src/rules/catalog/apple-server-token-rejected.ts
var appleServerTokenRejected = {
  meta: {
    id: "apple-server-token-rejected",
    defaultSeverity: "error",
    summary: "Apple's device enrollment API refuses the decrypted server token (expired, revoked, or invalidated by a password change).",
    sources: ["000", "001"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const token of live.serverTokens) {
        if (token.outcome !== "rejected") continue;
        const service = organization2.servicesById.get(token.serviceId);
        if (!service) continue;
        const answer = token.failure?.code ? ` (${token.failure.code})` : "";
        yield {
          at: serviceTokenLocation(organization2, service),
          message: `Apple refuses the server token of service \`${service.value.id}\` in organization \`${organization2.name}\`${answer}: it expired, was replaced by a newer download, or was invalidated by its downloader's password change, so the MDM no longer receives devices. Download a new token for the service in Apple's portal, install it in the MDM, and update \`ref\`, \`downloadedAt\` and \`expiresAt\`.`
        };
      }
    }
  }
};

// src/rules/catalog/apple-terms-not-accepted.ts
var appleTermsNotAccepted = {
  meta: {
    id: "apple-terms-not-accepted",
    defaultSeverity: "error",
    summary: "Apple's device enrollment API answers `T_C_NOT_SIGNED`: an administrator must accept Apple's new terms before devices sync.",
    sources: [],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      const services = live.serverTokens.filter((token) => token.outcome === "terms-not-accepted").flatMap((token) => {
        const service = organization2.servicesById.get(token.serviceId);
        return service ? [service] : [];
      });
      const first = services[0];
      if (!first) continue;
      const names = services.map((service) => `\`${service.value.id}\``).join(", ");
      yield {
        at: serviceTokenLocation(organization2, first),
        message: `Apple has new terms and conditions that organization \`${organization2.name}\` has not accepted (T_C_NOT_SIGNED for service${services.length === 1 ? "" : "s"} ${names}): until they are accepted, no device management service of the organization syncs devices. An administrator must sign in to Apple's portal and accept the terms.`
      };
    }
  }
};

// src/rules/catalog/apple-server-token-mismatch.ts
var appleServerTokenMismatch = {
  meta: {
    id: "apple-server-token-mismatch",
    defaultSeverity: "error",
    summary: "Apple's `/account` for the server token names another service (`server_name`) or another downloader (`admin_id`) than declared.",
    sources: ["000"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const token of live.serverTokens) {
        if (token.outcome !== "accepted" || !token.account) continue;
        const service = organization2.servicesById.get(token.serviceId);
        if (!service) continue;
        const { serverName, adminId } = token.account;
        const { name, id, serviceToken } = service.value;
        const label = `The server token of service \`${id}\` in organization \`${organization2.name}\``;
        if (serverName !== void 0 && name !== void 0 && nameKey(serverName) !== nameKey(name)) {
          yield {
            at: entryKeyLocation(organization2, service, "name"),
            message: `${label} belongs, says Apple, to the device management service ${appleText(serverName)}, not ${appleText(name)}: the token behind \`ref\` is another service's, so the MDM manages another service's devices. Point \`serviceToken.ref\` at the token downloaded for this service, or correct \`name\`.`
          };
        }
        const declaredBy = serviceToken?.downloadedBy;
        if (adminId !== void 0 && declaredBy !== void 0 && adminId.toLowerCase() !== declaredBy.toLowerCase()) {
          yield {
            at: entryKeyLocation(organization2, service, "serviceToken", "downloadedBy"),
            message: `${label} was downloaded by ${appleText(adminId)}, says Apple, not by \`${declaredBy}\`: the password-change and departure checks watch the wrong account. Set \`downloadedBy\` to the account Apple names (and declare it under \`accounts\`).`
          };
        }
      }
    }
  }
};

// src/rules/catalog/apple-content-token-rejected.ts
var appleContentTokenRejected = {
  meta: {
    id: "apple-content-token-rejected",
    defaultSeverity: "error",
    summary: "Apple's Apps and Books API refuses the content token (expired, revoked, invalid).",
    sources: ["001", "003"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== "rejected") continue;
        const entry = organization2.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const answer = token.failure?.code ? ` (error ${token.failure.code})` : "";
        yield {
          at: entryKeyLocation(organization2, entry, "ref"),
          message: `Apple refuses content token \`${entry.value.id}\` of organization \`${organization2.name}\`${answer}: it expired, was revoked by a newer download, or is not a content token, so app and book licenses stop being assigned. Download a new content token (Payments and Billing > Apps and Books), upload it to the service, and update the secret and \`expiresAt\`.`
        };
      }
    }
  }
};

// src/rules/catalog/apple-content-token-claimed.ts
var appleContentTokenClaimed = {
  meta: {
    id: "apple-content-token-claimed",
    defaultSeverity: "error",
    summary: "Apple says the content token is held by another MDM than its declared `service` (or by any MDM while declared not uploaded).",
    sources: ["001", "002", "003"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== "valid" || !token.mdmInfo) continue;
        const entry = organization2.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const problem = claimProblem(organization2, entry, token.mdmInfo.id);
        if (!problem) continue;
        const holder = describeHolder(token.mdmInfo, problem.holder);
        yield {
          at: entryKeyLocation(organization2, entry, entry.value.service !== void 0 ? "service" : "ref"),
          message: `Content token \`${entry.value.id}\` of organization \`${organization2.name}\` is held by ${holder}, says Apple, ${problem.expected}. ${problem.remedy}`
        };
      }
    }
  }
};
var ONE_HOLDER = "Apple lets one MDM hold a token, so the other loses its app and book licenses";
function claimProblem(organization2, entry, claimedId) {
  const holder = organization2.services.find((service) => service.value.mdmInfoId === claimedId);
  const declared = entry.value.service !== void 0 ? organization2.servicesById.get(entry.value.service) : void 0;
  const builtIn = organization2.services.find((service) => service.value.type === "built-in");
  const builtInOn = builtIn !== void 0 || organization2.essentialsSubscription === "monthly";
  const primary = organization2.unitsById.get(entry.value.unit)?.value.primary === true;
  if (primary && builtInOn) {
    const builtInId = builtIn?.value.mdmInfoId;
    const external = builtInId !== void 0 ? claimedId !== builtInId : holder !== void 0 && holder.value.type === "external";
    if (!external) return void 0;
    return {
      ...holder ? { holder } : {},
      expected: "while Apple's built-in device management service needs the primary unit's token",
      remedy: `${ONE_HOLDER}. Remove the token from that MDM (or turn the built-in service off), and keep \`service\` unset or \`${builtIn?.value.id ?? "built-in"}\`.`
    };
  }
  if (!declared) {
    return {
      ...holder ? { holder } : {},
      expected: "although the file declares it uploaded nowhere (no `service`)",
      remedy: `Set \`service\` to the service that uses it, or remove the token from that MDM.`
    };
  }
  const declaredId = declared.value.mdmInfoId;
  const wrong = declaredId !== void 0 ? claimedId !== declaredId : holder !== void 0 && holder !== declared;
  if (!wrong) return void 0;
  return {
    ...holder ? { holder } : {},
    expected: `not by its declared service \`${declared.value.id}\``,
    remedy: `${ONE_HOLDER}. Upload the token to \`${declared.value.id}\` again (it takes the token back), or set \`service\` to the MDM that holds it.`
  };
}
function describeHolder(mdmInfo, holder) {
  if (holder) return `service \`${holder.value.id}\` (mdmInfo id ${appleText(mdmInfo.id)})`;
  return `the MDM ${mdmInfo.name ? `${appleText(mdmInfo.name)} ` : ""}with mdmInfo id ${appleText(mdmInfo.id)}`;
}

// src/rules/catalog/apple-content-token-mismatch.ts
var appleContentTokenMismatch = {
  meta: {
    id: "apple-content-token-mismatch",
    defaultSeverity: "warning",
    summary: "Apple's client config for the content token names another location than the declared unit, or another expiry than declared.",
    sources: ["001", "003"],
    online: true
  },
  *check({ model }) {
    for (const { organization: organization2, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== "valid") continue;
        const entry = organization2.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const label = `Content token \`${entry.value.id}\` of organization \`${organization2.name}\``;
        const unit = organization2.unitsById.get(entry.value.unit);
        if (token.locationName !== void 0 && unit && nameKey(token.locationName) !== nameKey(unit.value.name)) {
          yield {
            at: entryKeyLocation(organization2, entry, "unit"),
            message: `${label} is, says Apple, the token of location ${appleText(token.locationName)}, not of unit \`${unit.value.id}\` (${appleText(unit.value.name)}): the licenses it assigns are another unit's. Set \`unit\` to the unit of that name, or point \`ref\` at this unit's token.`
          };
        }
        const declared = organization2.artifacts.find((artifact) => artifact.kind === "content-token" && artifact.id === entry.value.id)?.expiresAt;
        if (token.expiresAt !== void 0 && declared !== void 0 && Math.abs(token.expiresAt.getTime() - declared.getTime()) > DAY_MS) {
          yield {
            at: entryKeyLocation(organization2, entry, "expiresAt"),
            message: `${label} expires on ${formatDay(token.expiresAt)}, says Apple, but \`expiresAt\` says ${formatDay(declared)}: reminders and renewal pull requests go by the declared date. Set \`expiresAt: ${formatDay(token.expiresAt)}\`, or check that the secret holds the current token.`
          };
        }
      }
    }
  }
};

// src/rules/registry.ts
var RULES = [
  yamlSyntax,
  inputLimit,
  schema,
  duplicateId,
  unresolvedReference,
  primaryUnitCount,
  duplicateServiceName,
  primaryContentTokenWithBuiltInService,
  contentTokenShared,
  contentTokenPerUnit,
  contentTokenDownloaderRole,
  customRoleUnsupported,
  builtInServiceUnsupported,
  downloaderPermission,
  downloaderDeparted,
  tokenInvalidatedByPasswordChange,
  tokenExpiry,
  tokenLifetime,
  artifactKindMismatch,
  declaredExpiryMismatch,
  tokenPublicKeyMismatch,
  referenceOutsideRepo,
  tokenUnreadable,
  apnsCertificateMissing,
  releaseDevicesEnabled,
  renewalAccessLost,
  legacyContentToken,
  committedSecret,
  waiverWithoutReason,
  waiverUnknownRule,
  waiverExpired,
  // Online rules (`validate --online`): silent without live state.
  appleApiUnavailable,
  appleServiceNotFound,
  appleServiceUndeclared,
  appleServiceSilent,
  appleUnitNotFound,
  appleUnitUndeclared,
  appleAccountMismatch,
  appleServerTokenRejected,
  appleTermsNotAccepted,
  appleServerTokenMismatch,
  appleContentTokenRejected,
  appleContentTokenClaimed,
  appleContentTokenMismatch
];
var RULE_METAS = RULES.map((rule) => rule.meta);
var BY_ID2 = new Map(RULES.map((rule) => [rule.meta.id, rule]));
function findRule(id) {
  return BY_ID2.get(id);
}

// src/base/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
var FAIL_ON_CHOICES = ["error", "warning", "info", "never"];

// src/rules/engine.ts
function runRules(model, rules) {
  const knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
  const context = { model, knownRuleIds };
  const findings = [];
  for (const rule of rules) {
    const configured = model.config.rules[rule.meta.id];
    if (configured === "off") continue;
    for (const report of rule.check(context)) {
      findings.push(toFinding(rule, report, configured));
    }
  }
  return finishFindings(findings, model, knownRuleIds);
}
var RuleRun = class {
  constructor(rules, basis) {
    this.rules = rules;
    this.knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
    this.byRule = rules.map(() => []);
    this.slice = {
      ...basis,
      files: [],
      repositoryFiles: [],
      organizationDocuments: [],
      organizations: [],
      parseProblems: [],
      schemaProblems: [],
      referenceProblems: [],
      secretFiles: []
    };
    this.context = { model: this.slice, knownRuleIds: this.knownRuleIds };
    this.steps = /* @__PURE__ */ new Map();
    rules.forEach((rule, index) => {
      if (!rule.perOrganization && rule.inSteps && basis.config.rules[rule.meta.id] !== "off") this.steps.set(index, rule.inSteps());
    });
  }
  rules;
  knownRuleIds;
  /** Each rule's findings, in `rules` order, as `runRules` would have collected them. */
  byRule;
  slice;
  context;
  /** The runs of the rules done in steps (`inSteps`), by index in `rules`. */
  steps;
  organization(organization2) {
    this.slice.organizations[0] = organization2;
    this.rules.forEach((rule, index) => {
      const configured = this.slice.config.rules[rule.meta.id];
      if (!rule.perOrganization || configured === "off") return;
      for (const report of rule.check(this.context)) this.byRule[index].push(toFinding(rule, report, configured));
    });
    for (const [index, steps] of this.steps) {
      const rule = this.rules[index];
      const configured = this.slice.config.rules[rule.meta.id];
      if (configured === "off") continue;
      for (const report of steps.organization(organization2)) this.byRule[index].push(toFinding(rule, report, configured));
    }
  }
  /** Runs the other rules on the whole model (whose organizations must all have been through `organization`). */
  finish(model) {
    const context = { model, knownRuleIds: this.knownRuleIds };
    this.rules.forEach((rule, index) => {
      const configured = model.config.rules[rule.meta.id];
      if (rule.perOrganization || configured === "off") return;
      const steps = this.steps.get(index);
      for (const report of steps ? steps.finish(context) : rule.check(context)) this.byRule[index].push(toFinding(rule, report, configured));
    });
    return finishFindings(this.byRule.flat(), model, this.knownRuleIds);
  }
};
function finishFindings(findings, model, knownRuleIds) {
  applyWaivers(findings, model, knownRuleIds);
  return findings.sort(compareFindings);
}
function toFinding(rule, report, configured) {
  const severity = configured ?? report.severity ?? rule.meta.defaultSeverity;
  const base = { ruleId: rule.meta.id, severity, message: escapeControlCharacters(maskPrefixedTokens(report.message)) };
  if ("document" in report.at) {
    const { document, path } = report.at;
    const organization2 = report.organization ?? organizationNameOf(document);
    return {
      ...base,
      file: document.file.path,
      ...regionOf(document, path),
      ...organization2 !== void 0 ? { organization: organization2 } : {},
      // An unknown key is the user's text too: `spec.ghp_…` must not carry the token.
      path: maskPrefixedTokens(formatPath(path))
    };
  }
  return {
    ...base,
    file: report.at.file,
    ...report.at.region,
    ...report.organization !== void 0 ? { organization: report.organization } : {}
  };
}
function organizationNameOf(document) {
  const value = document.value;
  const name = value?.kind === "Organization" ? value.metadata?.name : void 0;
  return typeof name === "string" ? name : void 0;
}
function compareFindings(a2, b2) {
  return compareText(a2.file, b2.file) || a2.line - b2.line || a2.column - b2.column || compareText(a2.ruleId, b2.ruleId) || compareText(a2.message, b2.message);
}
function failsAt(finding, failOn) {
  if (failOn === "never" || finding.waived) return false;
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

// src/report/rule-docs.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(from = fileURLToPath(import.meta.url)) {
  let dir = dirname2(from);
  for (; ; ) {
    if (existsSync2(join4(dir, "package.json"))) return dir;
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readRulePage(ruleId, root = findPackageRoot()) {
  if (root === void 0) return void 0;
  try {
    return readFileSync(join4(root, "docs", "rules", `${ruleId}.md`), "utf8");
  } catch {
    return void 0;
  }
}
var helpCache = /* @__PURE__ */ new Map();
function ruleHelp(ruleId, summary) {
  const cached = helpCache.get(ruleId);
  if (cached) return cached;
  const page = readRulePage(ruleId);
  const body = page === void 0 ? summary : page.split(/\n## Failing example\n/)[0].trim();
  const help = {
    text: `${body.replace(/^#+ /gm, "").replace(/\*\*/g, "")}

Examples and details: ${docsUrl(ruleId)}`,
    markdown: `${body}

[Examples and details](${docsUrl(ruleId)})`
  };
  helpCache.set(ruleId, help);
  return help;
}

// src/report/tool-info.ts
var TOOL_NAME = "abm-gitops";
var TOOL_URL = "https://github.com/abm-gitops/abm-gitops";

// src/model/token-status.ts
var TOKEN_STATUSES = ["expired", "error", "warning", "renew", "ok"];
var STATUS_WORDS = {
  expired: "expired",
  error: "expires very soon",
  warning: "expires soon",
  renew: "renewal due",
  ok: "ok"
};
function tokenStatus(expiresAt, now, windows) {
  const remainingMs = expiresAt.getTime() - now.getTime();
  if (remainingMs <= 0) return "expired";
  if (remainingMs <= windows.errorBeforeMs) return "error";
  if (remainingMs <= windows.warnBeforeMs) return "warning";
  if (remainingMs <= windows.renewBeforeMs) return "renew";
  return "ok";
}
function statusRank(status) {
  return TOKEN_STATUSES.indexOf(status);
}
function withStatus(entries, now, windows) {
  return entries.map((entry) => ({ ...entry, status: tokenStatus(new Date(entry.expiresAt), now, windows) }));
}

// src/report/json-stream.ts
function* jsonTextChunks(value, depth, indent = "") {
  if (depth <= 0 || value === null || typeof value !== "object" || typeof value.toJSON === "function") {
    const text2 = JSON.stringify(value, null, 2) ?? "null";
    yield indent === "" ? text2 : text2.replace(/\n/g, `
${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    if (depth === 1 && /^(?: {2})*$/.test(indent)) {
      yield* itemRuns(value, indent);
      return;
    }
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? "[" : ","}
${inner}`;
      const item = value[index];
      yield* jsonTextChunks(omitted(item) ? null : item, depth - 1, inner);
    }
    yield `
${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (omitted(item)) continue;
    yield `${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonTextChunks(item, depth - 1, inner);
  }
  yield first ? "{}" : `
${indent}}`;
}
var RUN_LENGTH = 256;
function* itemRuns(items, indent) {
  const depth = indent.length / 2 + 1;
  let opening = "";
  let closing = "";
  for (let level = 0; level < depth; level++) {
    opening += `${"  ".repeat(level)}[
`;
    closing = `
${"  ".repeat(level)}]${closing}`;
  }
  const inner = `${indent}  `;
  for (let start = 0; start < items.length; start += RUN_LENGTH) {
    let run2 = items.slice(start, start + RUN_LENGTH);
    for (let level = 1; level < depth; level++) run2 = [run2];
    const text2 = JSON.stringify(run2, null, 2);
    yield `${start === 0 ? "[" : ","}
${inner}`;
    yield text2.slice(opening.length + inner.length, text2.length - closing.length);
  }
  yield `
${indent}]`;
}
function omitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}

// src/report/tokens.ts
var SOURCE_WORDS = { declared: "declared expiresAt", file: "read from the file", secret: "read from the secret" };
function sourceWords(source) {
  return SOURCE_WORDS[source] ?? source;
}
function formatTokensText(list) {
  if (list.tokens.length === 0) return `No tokens or certificates with an expiry are declared${where(list.root)}.
`;
  const header = ["ORGANIZATION", "KIND", "ID", "EXPIRES", "DAYS LEFT", "STATUS", "DATE FROM"];
  const rows = list.tokens.map((token) => [
    token.organization,
    kindLabel(token.kind),
    token.id,
    expiryText(token.expiresAt),
    String(token.daysLeft),
    STATUS_WORDS[token.status],
    sourceWords(token.source)
  ]);
  const widths = header.map((title, column) => rows.reduce((widest, row) => Math.max(widest, row[column].length), title.length));
  const line = (cells) => cells.map((cell, column) => column === 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line), "", closingLine(list)].join("\n")}
`;
}
function closingLine(list) {
  const organizations = new Set(list.tokens.map((token) => token.organization)).size;
  const counts = TOKEN_STATUSES.filter((status) => status !== "ok").map((status) => [status, list.tokens.filter((token) => token.status === status).length]).filter(([, count]) => count > 0).map(([status, count]) => `${count} ${STATUS_WORDS[status]}`);
  const scope = `${plural(list.tokens.length, "token or certificate", "tokens and certificates")} in ${plural(organizations, "organization")}${where(list.root)}`;
  return counts.length === 0 ? `${scope}, none inside an expiry window, as of ${list.now.slice(0, 10)}.` : `${scope}: ${counts.join(", ")}, as of ${list.now.slice(0, 10)}.`;
}
function* formatTokensJsonChunks(list) {
  yield* jsonTextChunks(tokensDocument(list), 2);
  yield "\n";
}
function tokensDocument(list) {
  const byStatus = Object.fromEntries(TOKEN_STATUSES.map((status) => [status, list.tokens.filter((token) => token.status === status).length]));
  return { version: 1, root: list.root, now: list.now, tokens: list.tokens, summary: { tokens: list.tokens.length, byStatus } };
}
var CSV_COLUMNS = ["organization", "kind", "id", "expiresAt", "daysLeft", "status", "source", "file", "line", "column"];
function formatTokensCsv(list) {
  const rows = list.tokens.map((token) => CSV_COLUMNS.map((column) => csvCell(token[column])));
  return `${[CSV_COLUMNS.join(","), ...rows.map((row) => row.join(","))].join("\r\n")}\r
`;
}
function csvCell(value) {
  if (typeof value === "number") return String(value);
  const text2 = escapeControlCharacters(value);
  const safe = /^[=+\-@]/.test(text2) ? `'${text2}` : text2;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function expiryText(iso) {
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
function where(root) {
  return root === "." ? "" : ` of ${root}`;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// src/report/html.ts
import { createHash as createHash2 } from "node:crypto";

// src/config/config.ts
import { join as join5 } from "node:path";
var DEFAULT_EXPIRY = { warnBeforeMs: 30 * DAY_MS, errorBeforeMs: 7 * DAY_MS, renewBeforeMs: 45 * DAY_MS };
var DEFAULT_ONLINE = { silentAfterMs: 7 * DAY_MS, concurrency: 4 };
var SILENT_AFTER_BOUNDS = { minMs: 60 * 60 * 1e3, maxMs: 366 * DAY_MS };
var DEFAULT_RENEWAL = { dashboard: true, branchPrefix: "abm-gitops/renew/", labels: ["abm-renewal"], reviewers: [], group: "token" };
function defaultConfig() {
  return {
    expiry: { ...DEFAULT_EXPIRY },
    rules: {},
    exceptions: [],
    limits: { ...DEFAULT_LIMITS },
    online: { ...DEFAULT_ONLINE },
    renewal: { ...DEFAULT_RENEWAL, labels: [...DEFAULT_RENEWAL.labels] }
  };
}
function readConfig(root) {
  const found = readConfigFile(root);
  if (!found) return { config: defaultConfig(), problems: [] };
  const { name, text: text2, undecodable } = found;
  if (undecodable !== void 0) {
    const { file: file2 } = parseSource(name, join5(root, name), "", DEFAULT_LIMITS);
    return { config: defaultConfig(), file: file2, problems: [{ kind: "parse", problem: fileStartProblem("yaml-syntax", `This file cannot be parsed: ${undecodable}.`) }] };
  }
  const { file, problems: parseProblems } = parseSource(name, join5(root, name), text2, DEFAULT_LIMITS);
  const problems = parseProblems.map((problem) => ({ kind: "parse", problem }));
  const document = file.documents.find((doc) => doc.value !== null && doc.value !== void 0);
  if (!document) return { config: defaultConfig(), file, problems };
  const schemaProblems = checkSchema("config", document.value);
  for (const problem of schemaProblems) problems.push({ kind: "document", document, problem, fromSchema: true });
  const flagged = (path) => schemaProblems.some((problem) => problem.path.length > 0 && startsWith(path, problem.path) || startsWith(problem.path, path));
  const report = (path, message) => {
    if (!flagged(path)) problems.push({ kind: "document", document, problem: { path, message }, fromSchema: false });
    return void 0;
  };
  return { config: resolveConfig(document, report), file, problems };
}
function configFailure(reading, inReport = false) {
  if (!reading.file || reading.problems.length === 0) return void 0;
  const name = reading.file.path;
  const located = reading.problems.map(
    (problem) => problem.kind === "parse" ? { region: problem.problem.region, text: problem.problem.message } : { region: regionOf(problem.document, problem.problem.path), text: `${problem.fromSchema ? "invalid configuration: " : ""}${problem.problem.message}` }
  );
  located.sort((a2, b2) => a2.region.line - b2.region.line || a2.region.column - b2.region.column);
  const first = located[0];
  const line = `${name}:${first.region.line}:${first.region.column}: ${first.text}`;
  const more = located.length - 1;
  if (more === 0) return line;
  const mistakes = `${more} more ${more === 1 ? "mistake" : "mistakes"} in ${name}`;
  return inReport ? `${line} (and ${mistakes}, all in the report)` : `${line} (and ${mistakes}: \`abm-gitops validate\` lists them all)`;
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}
function resolveConfig(document, report) {
  const raw = isRecord(document.value) ? document.value : {};
  const config2 = defaultConfig();
  config2.source = document;
  if (isStringList(raw.include)) {
    const compiled2 = compileGlobs(raw.include);
    if ("problem" in compiled2) report(["include", compiled2.index], `${compiled2.problem}: use fewer, simpler globs.`);
    else config2.include = raw.include;
  }
  const expiry = isRecord(raw.expiry) ? raw.expiry : {};
  const duration2 = (key, fallback) => {
    const value = expiry[key];
    if (value === void 0) return fallback;
    if (typeof value !== "string") return void 0;
    return parseDuration(value) ?? report(["expiry", key], `\`${value}\` is not a duration such as \`30d\` or \`12h\` (at most 9999d or 99999h).`);
  };
  const warnBeforeMs = duration2("warnBefore", DEFAULT_EXPIRY.warnBeforeMs);
  const errorBeforeMs = duration2("errorBefore", DEFAULT_EXPIRY.errorBeforeMs);
  config2.expiry = {
    warnBeforeMs: warnBeforeMs ?? DEFAULT_EXPIRY.warnBeforeMs,
    errorBeforeMs: errorBeforeMs ?? DEFAULT_EXPIRY.errorBeforeMs,
    renewBeforeMs: duration2("renewBefore", DEFAULT_EXPIRY.renewBeforeMs) ?? DEFAULT_EXPIRY.renewBeforeMs
  };
  if (warnBeforeMs !== void 0 && errorBeforeMs !== void 0 && errorBeforeMs > warnBeforeMs) {
    report(["expiry", "errorBefore"], "`expiry.errorBefore` is longer than `expiry.warnBefore`: the error window must sit inside the warning window.");
  }
  if (isRecord(raw.rules)) config2.rules = { ...raw.rules };
  config2.exceptions = (Array.isArray(raw.exceptions) ? raw.exceptions : []).flatMap((entry, index) => {
    if (!isRecord(entry) || typeof entry.expires !== "string") return [];
    const { rule, organization: organization2, target, reason, expires: expiresAsWritten } = entry;
    const expires = waiverEnd(expiresAsWritten) ?? report(["exceptions", index, "expires"], `${quoteValue(expiresAsWritten)} is not a valid date.`);
    if (!expires) return [];
    return [{ rule, organization: organization2, ...target !== void 0 ? { target } : {}, reason, expires, expiresAsWritten, path: ["exceptions", index] }];
  });
  if (isRecord(raw.limits)) config2.limits = { ...DEFAULT_LIMITS, ...raw.limits };
  config2.online = resolveOnline(isRecord(raw.online) ? raw.online : {}, report);
  const renewal = isRecord(raw.renewal) ? raw.renewal : {};
  config2.renewal = {
    dashboard: renewal.dashboard ?? DEFAULT_RENEWAL.dashboard,
    branchPrefix: renewal.branchPrefix ?? DEFAULT_RENEWAL.branchPrefix,
    labels: renewal.labels ?? [...DEFAULT_RENEWAL.labels],
    reviewers: renewal.reviewers ?? [],
    group: renewal.group ?? DEFAULT_RENEWAL.group
  };
  return config2;
}
function resolveOnline(online, report) {
  const concurrency = typeof online.concurrency === "number" ? online.concurrency : DEFAULT_ONLINE.concurrency;
  const silentAfter = online.silentAfter;
  if (typeof silentAfter !== "string") return { silentAfterMs: DEFAULT_ONLINE.silentAfterMs, concurrency };
  const silentAfterMs = parseDuration(silentAfter);
  if (silentAfterMs === void 0) {
    report(["online", "silentAfter"], `\`${silentAfter}\` is not a duration such as \`7d\` or \`12h\`.`);
  } else if (silentAfterMs < SILENT_AFTER_BOUNDS.minMs || silentAfterMs > SILENT_AFTER_BOUNDS.maxMs) {
    report(["online", "silentAfter"], `\`online.silentAfter\` is ${silentAfter}: use a duration between \`1h\` and \`366d\` (default \`7d\`).`);
  } else {
    return { silentAfterMs, concurrency };
  }
  return { silentAfterMs: DEFAULT_ONLINE.silentAfterMs, concurrency };
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isStringList(value) {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}
function readConfigFile(root) {
  for (const name of CONFIG_FILE_NAMES) {
    const read = readGuardedFile(root, name, DEFAULT_LIMITS.maxFileBytes);
    if ("bytes" in read) {
      const { text: text2, problem } = decodeText(read.bytes);
      return text2 === void 0 ? { name, text: "", undecodable: problem ?? "unreadable" } : { name, text: text2 };
    }
    if (read.kind !== "missing") {
      throw new UsageError(
        `${name}: ${read.problem}; abm-gitops reads its settings only from a regular file inside the repository, of at most ${DEFAULT_LIMITS.maxFileBytes} bytes.`
      );
    }
  }
  return void 0;
}
function waiverEnd(text2) {
  const instant = parseInstant(text2);
  if (!instant) return void 0;
  return /^\d{4}-\d{2}-\d{2}$/.test(text2) ? new Date(instant.getTime() + DAY_MS) : instant;
}

// src/report/html-assets.ts
var HTML_STYLE = `
:root { color-scheme: light; --error: #b3261e; --warning: #8a5300; --renew: #1a5fb4; --ok: #1e6b34; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 24px; max-width: 1200px; color: #1f1f1f; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; } h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .note, caption { color: var(--muted); }
caption { text-align: left; padding: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e0e0e0; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f5f7; }
/* Fixed layout: a table of thousands of rows is laid out from its column widths, not by measuring every cell. */
#organizations, #tokens, table.findings { table-layout: fixed; }
/* Sections below the first screen are laid out when scrolled to, not while the page opens. */
section.deferred { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " \u25B2"; } th[aria-sort="descending"] button::after { content: " \u25BC"; }
.summary { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 12px 0; padding: 0; list-style: none; }
.summary li strong { font-size: 18px; display: block; }
.status, .severity { font-weight: 600; white-space: nowrap; }
.status-expired, .status-error, .severity-error { color: var(--error); }
.status-warning, .severity-warning { color: var(--warning); }
.status-renew, .severity-info { color: var(--renew); }
.status-ok, .severity-none { color: var(--ok); }
.severity-waived { color: var(--muted); }
.controls { display: flex; gap: 16px; align-items: center; margin: 8px 0; } .controls[hidden] { display: none; }
.controls input[type="search"] { padding: 4px 8px; min-width: 260px; font: inherit; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.timeline { overflow-x: auto; }
#timeline { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
#timeline .label, #timeline .tick-label { fill: #3c4043; }
#timeline .grid { stroke: #eceff1; } #timeline .tick { stroke: #dadce0; }
#timeline .today { stroke: #202124; stroke-width: 2; } #timeline .today-label { font-weight: 600; fill: #202124; }
#timeline .band-error { fill: #fce8e6; } #timeline .band-warning { fill: #fef7e0; } #timeline .band-renewal { fill: #e8f0fe; }
#timeline .mark { stroke: #fff; stroke-width: 1; }
#timeline .status-expired, #timeline .status-error { fill: var(--error); } #timeline .status-warning { fill: #e37400; }
#timeline .status-renew { fill: var(--renew); } #timeline .status-ok { fill: var(--ok); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; background: currentColor; }
@media print { .controls { display: none !important; } section.deferred { content-visibility: visible; } body { padding: 0; } a { color: inherit; text-decoration: none; } }
`;
var HTML_SCRIPT = `
(function () {
  var ROW_LIMIT = 500;
  var table = document.getElementById('organizations');
  var controls = document.getElementById('organization-controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = rows.map(function (row) { return row.getAttribute('data-search') || ''; });
  var problems = rows.map(function (row) { return row.getAttribute('data-problems') === '1'; });
  var order = rows.map(function (row, index) { return index; });
  var filter = document.getElementById('organization-filter');
  var problemsOnly = document.getElementById('organization-problems');
  var count = document.getElementById('organization-count');
  var showAll = document.createElement('button');
  showAll.type = 'button';
  showAll.id = 'organization-show-all';
  showAll.hidden = true;
  controls.appendChild(showAll);
  controls.hidden = false;
  var everything = false;
  var printing = false;
  var shown = rows.slice();
  var frame = 0;
  var timer = 0;
  function render() {
    frame = 0;
    var query = filter.value.trim().toLowerCase();
    var onlyProblems = problemsOnly.checked;
    var matched = [];
    for (var k = 0; k < order.length; k++) {
      var index = order[k];
      if ((query === '' || search[index].indexOf(query) !== -1) && (!onlyProblems || problems[index])) matched.push(index);
    }
    var limit = everything || printing ? matched.length : Math.min(matched.length, ROW_LIMIT);
    var same = limit === shown.length;
    for (var i = 0; same && i < limit; i++) same = shown[i] === rows[matched[i]];
    if (!same) {
      shown = [];
      var fragment = document.createDocumentFragment();
      for (var j = 0; j < limit; j++) { shown.push(rows[matched[j]]); fragment.appendChild(rows[matched[j]]); }
      body.textContent = '';
      body.appendChild(fragment);
    }
    count.textContent = limit < matched.length
      ? 'the first ' + limit + ' of ' + matched.length + (matched.length < rows.length ? ' matching (' + rows.length + ' in all)' : '') + ' organizations shown, in this order: filter to find the others'
      : matched.length + ' of ' + rows.length + ' organizations shown';
    showAll.hidden = limit === matched.length;
    showAll.textContent = 'Show all ' + matched.length;
  }
  function schedule() { clearTimeout(timer); timer = 0; if (!frame) frame = requestAnimationFrame(render); }
  filter.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(schedule, rows.length > ROW_LIMIT ? 120 : 0); });
  problemsOnly.addEventListener('change', schedule);
  showAll.addEventListener('click', function () { everything = true; render(); });
  window.addEventListener('beforeprint', function () { printing = true; render(); });
  window.addEventListener('afterprint', function () { printing = false; render(); });
  var headers = table.tHead.rows[0].cells;
  var columns = {};
  Array.prototype.forEach.call(headers, function (header, column) {
    var key = header.getAttribute('data-sort');
    if (!key) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = header.getAttribute('data-type') === 'number';
      var values = columns[column] || (columns[column] = rows.map(function (row) { var raw = row.cells[column].getAttribute('data-value'); return numeric ? Number(raw) : raw; }));
      order = rows.map(function (row, index) { return index; });
      order.sort(function (a, b) { var result = values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b; return ascending ? result : -result; });
      render();
    });
  });
  render();
})();
`;

// src/report/html-escape.ts
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\u2028/g, "&#8232;").replace(/\u2029/g, "&#8233;");
}

// src/report/html-timeline.ts
var TIMELINE_MAX_ORGANIZATIONS = 250;
var LABEL_WIDTH = 190;
var CHART_WIDTH = 760;
var ROW_HEIGHT = 18;
var TOP = 42;
var BOTTOM = 12;
var MAX_PAST_MS = 120 * DAY_MS;
function timelineSvg(tokens, now, windows) {
  const rows = groupByOrganization(tokens);
  const shown = rows.slice(0, TIMELINE_MAX_ORGANIZATIONS);
  const times = tokens.map((token) => Date.parse(token.expiresAt));
  const nowMs = now.getTime();
  const start = Math.max(times.reduce((min, time) => Math.min(min, time), nowMs - 14 * DAY_MS) - 7 * DAY_MS, nowMs - MAX_PAST_MS);
  const end = times.reduce((max, time) => Math.max(max, time), nowMs + windows.renewBeforeMs + 14 * DAY_MS) + 14 * DAY_MS;
  const x2 = (ms) => LABEL_WIDTH + (Math.min(Math.max(ms, start), end) - start) / (end - start) * CHART_WIDTH;
  const height = TOP + shown.length * ROW_HEIGHT + BOTTOM;
  const width = LABEL_WIDTH + CHART_WIDTH + 10;
  const bottom = height - BOTTOM;
  const parts = [];
  for (const part of windowBands(nowMs, windows, x2, bottom)) parts.push(part);
  for (const part of monthTicks(start, end, x2, bottom)) parts.push(part);
  shown.forEach(([organization2, marks], index) => {
    const y2 = TOP + index * ROW_HEIGHT;
    const label = organization2.length > 26 ? `${organization2.slice(0, 25)}\u2026` : organization2;
    parts.push(
      `<g class="row"><line class="grid" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + CHART_WIDTH}" y1="${y2 + ROW_HEIGHT / 2}" y2="${y2 + ROW_HEIGHT / 2}"/><text class="label" x="${LABEL_WIDTH - 8}" y="${y2 + ROW_HEIGHT / 2 + 4}" text-anchor="end"><title>${escapeHtml(organization2)}</title>${escapeHtml(label)}</text>`
    );
    for (const token of marks) {
      const cx = x2(Date.parse(token.expiresAt)).toFixed(1);
      const title = `${token.organization}: the ${token.id} ${kindLabel(token.kind)} ${token.status === "expired" ? "expired on" : "expires on"} ${formatDay(new Date(token.expiresAt))} (${daysText(token.daysLeft, token.status)}, ${STATUS_WORDS[token.status]})`;
      parts.push(`<circle class="mark status-${token.status}" cx="${cx}" cy="${y2 + ROW_HEIGHT / 2}" r="5"><title>${escapeHtml(title)}</title></circle>`);
    }
    parts.push("</g>");
  });
  const todayX = x2(nowMs).toFixed(1);
  parts.push(
    `<line id="timeline-today" class="today" x1="${todayX}" x2="${todayX}" y1="${TOP - 14}" y2="${bottom}"/>`,
    `<text class="today-label" x="${todayX}" y="${TOP - 18}" text-anchor="middle">today ${formatDay(now)}</text>`
  );
  const hidden = rows.length - shown.length;
  const description = `${tokens.length} tokens and certificates of ${rows.length} organizations by expiry date, today (${formatDay(now)}) marked with a line${hidden > 0 ? `; the first ${shown.length} organizations by next expiry are drawn` : ""}.`;
  return [
    `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc">`,
    '<title id="timeline-title">Expiry timeline</title>',
    `<desc id="timeline-desc">${escapeHtml(description)}</desc>`,
    ...parts,
    "</svg>",
    hidden > 0 ? `<p class="note">${hidden} more organizations expire later than those drawn; the tokens table lists every token.</p>` : ""
  ].join("\n");
}
function groupByOrganization(tokens) {
  const rows = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    const marks = rows.get(token.organization) ?? [];
    marks.push(token);
    rows.set(token.organization, marks);
  }
  return [...rows];
}
function windowBands(nowMs, windows, x2, bottom) {
  const bands = [
    { from: 0, to: windows.errorBeforeMs, name: "error window" },
    { from: windows.errorBeforeMs, to: windows.warnBeforeMs, name: "warning window" },
    { from: windows.warnBeforeMs, to: windows.renewBeforeMs, name: "renewal window" }
  ].filter((band) => band.to > band.from);
  return bands.map((band) => {
    const left = x2(nowMs + band.from);
    const width = Math.max(0, x2(nowMs + band.to) - left);
    const kind = band.name.split(" ")[0];
    return `<rect class="band band-${kind}" x="${left.toFixed(1)}" y="${TOP}" width="${width.toFixed(1)}" height="${Math.max(0, bottom - TOP)}"><title>${band.name}: ${Math.round(band.from / DAY_MS)} to ${Math.round(band.to / DAY_MS)} days from today</title></rect>`;
  });
}
function monthTicks(start, end, x2, bottom) {
  const months = (end - start) / (30 * DAY_MS);
  const step = months > 36 ? 6 : months > 18 ? 3 : 1;
  const ticks = [];
  const first = new Date(start);
  for (let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); month.getTime() <= end; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + step, 1))) {
    const at2 = x2(month.getTime()).toFixed(1);
    const fits = Number(at2) + 44 <= LABEL_WIDTH + CHART_WIDTH;
    const label = fits ? `<text class="tick-label" x="${at2}" y="${TOP - 6}" text-anchor="start">${month.toISOString().slice(0, 7)}</text>` : "";
    ticks.push(`<line class="tick" x1="${at2}" x2="${at2}" y1="${TOP - 4}" y2="${bottom}"/>${label}`);
  }
  return ticks;
}
function daysText(daysLeft2, status) {
  if (status === "expired") return daysLeft2 === 0 ? "expired today" : `${-daysLeft2} day${daysLeft2 === -1 ? "" : "s"} ago`;
  return `${daysLeft2} day${daysLeft2 === 1 ? "" : "s"} left`;
}

// src/base/markdown.ts
var ZERO_WIDTH_JOINER = "\u200D";
function flatten(text2, maxLength) {
  const flat = text2.replace(/\r\n|\r|\n/g, " ");
  return flat.length > maxLength ? `${flat.slice(0, maxLength)}\u2026` : flat;
}
function escapeFlat(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]()~!#$|{}]/g, (character) => `\\${character}`).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`).replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_JOINER}.`);
}
function escapeMarkdown(text2, maxLength = 1e3) {
  return escapeFlat(flatten(text2, maxLength));
}
function escapeMarkdownMessage(text2, maxLength = 1e3) {
  return flatten(text2, maxLength).split(/(`[^`]+`)/).map((part) => /^`[^`]+`$/.test(part) ? part.replace(/\|/g, "\\|") : escapeFlat(part)).join("");
}
function lineUrl(links, file, line) {
  if (!/^https?:\/\/[^\s()<>]+$/.test(links.serverUrl)) return void 0;
  if (!/^[\w.-]+\/[\w.-]+$/.test(links.repository) || !/^[0-9a-f]{7,64}$/i.test(links.sha)) return void 0;
  const path = file.split("/").map(encodePathSegment).join("/");
  return `${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}
function encodePathSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/report/online.ts
var MAX_SKIPPED_ROWS = 50;
function apiName(api) {
  return APPLE_API_NAMES[api] ?? api;
}
function checkedSentence(online) {
  const counts = APPLE_APIS.map((api) => `${apiName(api)} ${online.checked[api]}`).join(", ");
  const organizations = `${online.organizations} organization${online.organizations === 1 ? "" : "s"}`;
  return `Checked with Apple (${organizations}): answers from the ${counts}.`;
}
function skippedSubject(skip) {
  return skip.subject !== void 0 ? `${skip.organization} (${skip.subject})` : skip.organization;
}
function onlineText(online) {
  const lines = [checkedSentence(online)];
  if (online.skipped.length > 0) {
    lines.push(`Not checked (${online.skipped.length}):`);
    for (const skip of online.skipped.slice(0, MAX_SKIPPED_ROWS)) lines.push(`  ${skippedSubject(skip)}  ${apiName(skip.api)}: ${skip.reason}`);
    const more = online.skipped.length - MAX_SKIPPED_ROWS;
    if (more > 0) lines.push(`  \u2026and ${more} more (see --format json).`);
  }
  return lines.join("\n");
}
function onlineMarkdown(online) {
  const parts = ["### Checked with Apple", "", escapeMarkdown(checkedSentence(online))];
  if (online.skipped.length === 0) {
    parts.push("", "Nothing was skipped: every organization had the credentials each API needs.");
    return parts.join("\n");
  }
  const rows = online.skipped.slice(0, MAX_SKIPPED_ROWS).map((skip) => `| ${escapeMarkdown(skippedSubject(skip))} | ${escapeMarkdown(apiName(skip.api))} | ${escapeMarkdown(skip.reason)} |`);
  parts.push("", "Not checked, for lack of a credential or because the product has no such API:", "", "| Organization | API | Why |", "| --- | --- | --- |");
  const more = online.skipped.length - rows.length;
  const tail = more > 0 ? ["", `\u2026and ${more} more (see the JSON output).`] : [];
  return parts.concat(rows, tail).join("\n");
}
function onlineHtml(online, escapeHtml2) {
  const items = online.skipped.slice(0, MAX_SKIPPED_ROWS).map((skip) => `<tr><td>${escapeHtml2(skippedSubject(skip))}</td><td>${escapeHtml2(apiName(skip.api))}</td><td>${escapeHtml2(skip.reason)}</td></tr>`);
  const more = online.skipped.length - items.length;
  const table = items.length === 0 ? "<p>Nothing was skipped: every organization had the credentials each API needs.</p>" : `<table><caption>Not checked, for lack of a credential or because the product has no such API</caption><thead><tr><th scope="col">Organization</th><th scope="col">API</th><th scope="col">Why</th></tr></thead><tbody>${items.join("")}</tbody></table>${more > 0 ? `<p>\u2026and ${more} more (see the JSON output).</p>` : ""}`;
  return `<section aria-labelledby="online-heading">
<h2 id="online-heading">Checked with Apple</h2>
<p>${escapeHtml2(checkedSentence(online))}</p>
${table}
</section>
`;
}

// src/report/html.ts
function reportViews(model) {
  const organizations = [];
  for (const document of model.organizationDocuments) {
    const metadata = document.value?.metadata;
    if (typeof metadata?.name !== "string") continue;
    const displayName = typeof metadata.displayName === "string" && metadata.displayName !== "" ? { displayName: metadata.displayName } : {};
    organizations.push({ name: metadata.name, ...displayName, file: document.file.path });
  }
  return { organizations, expiry: model.config.expiry };
}
var SEVERITY_WORDS = { error: "error", warning: "warning", info: "info" };
var REPOSITORY = "(repository)";
function formatHtml(report, options) {
  const now = new Date(report.now);
  const windows = options.views?.expiry ?? DEFAULT_EXPIRY;
  const tokens = withStatus(report.tokens, now, windows);
  const organizations = organizationRows(report, tokens, options.views);
  const script = HTML_SCRIPT;
  const scriptHash = createHash2("sha256").update(script).digest("base64");
  const title = `abm-gitops report: ${report.root}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="abm-gitops ${escapeHtml(toolVersion())}">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>abm-gitops report</h1>
<p class="meta">${escapeHtml(report.root)} as of ${formatDay(now)} (${escapeHtml(report.now)})</p>
${summaryList(report, tokens)}
</header>
<main>
<section aria-labelledby="organizations-heading">
<h2 id="organizations-heading">Organizations</h2>
${organizationsTable(organizations)}
</section>
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Expiry timeline</h2>
${tokens.length === 0 ? "<p>No tokens or certificates with an expiry are declared.</p>" : `<div class="timeline">
${timelineSvg(tokens, now, windows)}
</div>
${legend()}`}
</section>
<section class="deferred" aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${findingsSections(report.findings, options)}
</section>
<section class="deferred" aria-labelledby="tokens-heading">
<h2 id="tokens-heading">Tokens and certificates</h2>
${tokensTable(tokens, options)}
</section>
${report.online ? onlineHtml(report.online, escapeHtml) : ""}</main>
<script>${script}</script>
</body>
</html>
`;
}
function summaryList(report, tokens) {
  const { summary } = report;
  const expired = tokens.filter((token) => token.status === "expired").length;
  const items = [
    ["organizations", summary.organizations],
    ["files", summary.files],
    ["errors", summary.errors],
    ["warnings", summary.warnings],
    ["infos", summary.infos],
    ["waived", summary.waived],
    ["tokens and certificates", tokens.length],
    ["expired", expired]
  ];
  return `<ul class="summary">${items.map(([label, count]) => `<li><strong>${count}</strong>${label}</li>`).join("")}</ul>`;
}
function organizationRows(report, tokens, views) {
  const rows = /* @__PURE__ */ new Map();
  const row = (name, displayName) => {
    let entry = rows.get(name);
    if (!entry) {
      entry = { name, counts: { error: 0, warning: 0, info: 0 }, waived: 0, tokens: [], ...displayName ? { displayName } : {} };
      rows.set(name, entry);
    }
    return entry;
  };
  for (const organization2 of views?.organizations ?? []) row(organization2.name, organization2.displayName);
  for (const finding of report.findings) {
    if (finding.organization === void 0) continue;
    const entry = row(finding.organization);
    if (finding.waived) entry.waived++;
    else {
      entry.counts[finding.severity]++;
      if (!entry.worst || severityRank(finding.severity) > severityRank(entry.worst)) entry.worst = finding.severity;
    }
  }
  for (const token of tokens) row(token.organization).tokens.push(token);
  return [...rows.values()].sort((a2, b2) => worstFirst(a2, b2) || (a2.name < b2.name ? -1 : a2.name > b2.name ? 1 : 0));
}
function severityRank(severity) {
  return severity === "error" ? 3 : severity === "warning" ? 2 : severity === "info" ? 1 : 0;
}
function worstFirst(a2, b2) {
  return severityRank(b2.worst) - severityRank(a2.worst) || nextExpiry(a2) - nextExpiry(b2);
}
function nextExpiry(row) {
  return row.tokens[0] ? Date.parse(row.tokens[0].expiresAt) : Number.MAX_SAFE_INTEGER;
}
function organizationsTable(rows) {
  const body = rows.map((row) => {
    const next = row.tokens[0];
    const worstStatus = row.tokens.reduce(
      (worst2, token) => worst2 === void 0 || statusRank(token.status) < statusRank(worst2) ? token.status : worst2,
      void 0
    );
    const search = `${row.name} ${row.displayName ?? ""}`.toLowerCase();
    const problems = row.worst !== void 0 || worstStatus !== void 0 && worstStatus !== "ok";
    const worst = row.worst ? `<span class="severity severity-${row.worst}">${SEVERITY_WORDS[row.worst]}</span>` : '<span class="severity severity-none">none</span>';
    const nextCell = next ? `${expiryText(next.expiresAt)} <span class="status status-${next.status}">(${escapeHtml(STATUS_WORDS[next.status])}, ${daysText(next.daysLeft, next.status)})</span>` : "no dated token";
    return [
      `<tr data-search="${escapeHtml(search)}" data-problems="${problems ? 1 : 0}">`,
      `<th scope="row" data-value="${escapeHtml(row.name)}">${escapeHtml(row.name)}${row.displayName ? `<br><span class="meta">${escapeHtml(row.displayName)}</span>` : ""}</th>`,
      `<td data-value="${severityRank(row.worst)}">${worst}</td>`,
      `<td data-value="${nextExpiry(row)}">${nextCell}</td>`,
      `<td class="number" data-value="${row.counts.error}">${row.counts.error}</td>`,
      `<td class="number" data-value="${row.counts.warning}">${row.counts.warning}</td>`,
      `<td class="number" data-value="${row.counts.info}">${row.counts.info}</td>`,
      `<td class="number" data-value="${row.tokens.length}">${row.tokens.length}</td>`,
      "</tr>"
    ].join("");
  });
  return `<div id="organization-controls" class="controls" hidden>
<label>Filter <input id="organization-filter" type="search" placeholder="organization name" autocomplete="off"></label>
<label><input id="organization-problems" type="checkbox"> only organizations with findings or tokens inside a window</label>
<span id="organization-count" role="status"></span>
</div>
<table id="organizations">
<caption>${rows.length} organizations, worst first, then by next expiry</caption>
<colgroup><col style="width:24%"><col style="width:12%"><col style="width:32%"><col style="width:8%"><col style="width:8%"><col style="width:8%"><col style="width:8%"></colgroup>
<thead><tr><th scope="col" data-sort="name">Organization</th><th scope="col" data-sort="worst" data-type="number">Worst finding</th><th scope="col" data-sort="next" data-type="number">Next expiry</th><th scope="col" class="number" data-sort="errors" data-type="number">Errors</th><th scope="col" class="number" data-sort="warnings" data-type="number">Warnings</th><th scope="col" class="number" data-sort="infos" data-type="number">Infos</th><th scope="col" class="number" data-sort="tokens" data-type="number">Tokens</th></tr></thead>
<tbody>
${body.join("\n")}
</tbody>
</table>`;
}
function legend() {
  const items = TOKEN_STATUSES.map((status) => `<li class="status-${status}"><span class="swatch" aria-hidden="true"></span>${escapeHtml(STATUS_WORDS[status])}</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}<li>shaded: the error, warning and renewal windows after today</li></ul>`;
}
function findingsSections(findings, options) {
  if (findings.length === 0) return "<p>No findings.</p>";
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = finding.organization ?? REPOSITORY;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return [...groups].sort(([a2], [b2]) => a2 === REPOSITORY ? -1 : b2 === REPOSITORY ? 1 : a2 < b2 ? -1 : a2 > b2 ? 1 : 0).map(([organization2, group]) => {
    const rows = group.map((finding) => {
      const severity = finding.waived ? `<span class="severity severity-waived">waived ${SEVERITY_WORDS[finding.severity]}</span>` : `<span class="severity severity-${finding.severity}">${SEVERITY_WORDS[finding.severity]}</span>`;
      const waiver = finding.waived ? ` <span class="meta">(waived: ${escapeHtml(finding.waiver?.reason ?? "")})</span>` : "";
      return `<tr><td>${severity}</td><td><a href="${escapeHtml(docsUrl(finding.ruleId))}"><code>${escapeHtml(finding.ruleId)}</code></a></td><td>${location(finding.file, finding.line, finding.column, options)}</td><td>${escapeHtml(finding.message)}${waiver}</td></tr>`;
    });
    const heading = organization2 === REPOSITORY ? "Repository and configuration" : organization2;
    return `<h3>${escapeHtml(heading)}</h3>
<table class="findings">
<caption>${group.length} finding${group.length === 1 ? "" : "s"}</caption>
<colgroup><col style="width:10%"><col style="width:18%"><col style="width:22%"><col style="width:50%"></colgroup>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
  }).join("\n");
}
function tokensTable(tokens, options) {
  if (tokens.length === 0) return "<p>No tokens or certificates with an expiry are declared.</p>";
  const rows = tokens.map(
    (token) => `<tr><td>${escapeHtml(token.organization)}</td><td>${kindLabel(token.kind)}</td><td>${escapeHtml(token.id)}</td><td>${expiryText(token.expiresAt)}</td><td class="number">${token.daysLeft}</td><td><span class="status status-${token.status}">${escapeHtml(STATUS_WORDS[token.status])}</span></td><td>${sourceWords(token.source)}</td><td>${location(token.file, token.line, token.column, options)}</td></tr>`
  );
  return `<table id="tokens">
<caption>${tokens.length} tokens and certificates, earliest expiry first</caption>
<colgroup><col style="width:15%"><col style="width:12%"><col style="width:13%"><col style="width:10%"><col style="width:7%"><col style="width:11%"><col style="width:12%"><col style="width:20%"></colgroup>
<thead><tr><th scope="col">Organization</th><th scope="col">Kind</th><th scope="col">Id</th><th scope="col">Expires</th><th scope="col" class="number">Days left</th><th scope="col">Status</th><th scope="col">Date from</th><th scope="col">Declared at</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}
function location(file, line, column, options) {
  const path = repositoryPath(file, options.pathPrefix);
  const text2 = `<code>${escapeHtml(`${path}:${line}:${column}`)}</code>`;
  const url = options.links ? lineUrl(options.links, path, Math.max(1, line)) : void 0;
  return url ? `<a href="${escapeHtml(url)}">${text2}</a>` : text2;
}

// src/report/json.ts
function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function* jsonReportChunks(report) {
  yield* jsonTextChunks(report, 2);
  yield "\n";
}
function formatJsonError(message) {
  return `${JSON.stringify({ version: 1, error: { message: maskPrefixedTokens(message) } }, null, 2)}
`;
}

// src/report/annotations.ts
var ANNOTATION_LEVEL = { error: "error", warning: "warning", info: "notice" };
var ANNOTATIONS_PER_LEVEL = 10;
function annotationsOf(report, pathPrefix) {
  return report.findings.filter((finding) => !finding.waived).map((finding, order) => ({ finding, order })).sort((a2, b2) => SEVERITY_RANK[b2.finding.severity] - SEVERITY_RANK[a2.finding.severity] || a2.order - b2.order).map(({ finding }) => toAnnotation(finding, pathPrefix));
}
function toAnnotation(finding, pathPrefix) {
  const startLine = Math.max(1, finding.line);
  const endLine = Math.max(startLine, finding.endLine);
  const columns = endLine === startLine ? { startColumn: Math.max(1, finding.column), endColumn: Math.max(1, finding.endColumn) } : {};
  return {
    level: ANNOTATION_LEVEL[finding.severity],
    file: repositoryPath(finding.file, pathPrefix),
    startLine,
    endLine,
    ...columns,
    title: finding.ruleId,
    message: finding.message
  };
}

// src/report/github.ts
function formatGithub(report, options) {
  return annotationsOf(report, options.pathPrefix).map((annotation) => `${workflowCommand(annotation)}
`).join("");
}
function workflowCommand(annotation) {
  const columns = (key, value) => value === void 0 ? [] : [`${key}=${value}`];
  const properties = [
    `file=${escapeProperty(annotation.file)}`,
    `line=${annotation.startLine}`,
    ...columns("col", annotation.startColumn),
    `endLine=${annotation.endLine}`,
    ...columns("endColumn", annotation.endColumn),
    `title=${escapeProperty(annotation.title)}`
  ];
  return `::${annotation.level} ${properties.join(",")}::${escapeData(annotation.message)}`;
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/sarif.ts
import { createHash as createHash3 } from "node:crypto";
var SARIF_LEVEL = { error: "error", warning: "warning", info: "note" };
var FINGERPRINT_KEY = "abmGitopsFinding/v1";
var SCHEMA_URL = "https://json.schemastore.org/sarif-2.1.0.json";
function formatSarif(report, options) {
  return `${JSON.stringify(buildSarifLog(report, options), null, 2)}
`;
}
function buildSarifLog(report, options) {
  const { rules } = options;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SCHEMA_URL,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion(),
            semanticVersion: toolVersion(),
            informationUri: TOOL_URL,
            rules: rules.map(ruleDescriptor)
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => result(finding, options.pathPrefix, ruleIndex))
      }
    ]
  };
}
function ruleDescriptor(rule) {
  const { id, summary, defaultSeverity } = rule;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: summary },
    fullDescription: { text: `${summary} Default severity: ${defaultSeverity}. Documentation: ${docsUrl(id)}` },
    // GitHub code scanning requires `help`; it shows the Markdown on each alert.
    help: ruleHelp(id, summary),
    helpUri: docsUrl(id),
    defaultConfiguration: { level: SARIF_LEVEL[defaultSeverity] }
  };
}
function result(finding, pathPrefix, ruleIndex) {
  const file = repositoryPath(finding.file, pathPrefix);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(file), uriBaseId: "%SRCROOT%" },
          region: {
            // GitHub rejects a region before line 1; a finding about a whole file points at 1:1.
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(1, finding.line, finding.endLine),
            endColumn: Math.max(1, finding.endColumn)
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, file) },
    // On every result or on none (SARIF 3.27.23): an empty list says "not suppressed", a waiver a suppressed result.
    suppressions: finding.waived && finding.waiver ? [{ kind: finding.waiver.source === "inline" ? "inSource" : "external", status: "accepted", justification: finding.waiver.reason }] : [],
    ...finding.organization !== void 0 || finding.path !== void 0 ? { properties: { ...finding.organization !== void 0 ? { organization: finding.organization } : {}, ...finding.path !== void 0 ? { path: finding.path } : {} } } : {}
  };
}
function fingerprint(finding, repositoryFile) {
  const anchor = finding.path ?? `message:${finding.message}`;
  const identity = [finding.ruleId, repositoryFile, finding.organization ?? "", anchor].join("\0");
  return createHash3("sha256").update(identity).digest("hex");
}
function fileUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function ruleName(id) {
  const pascal = id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  return id.includes("-") ? pascal : `${pascal}Rule`;
}

// src/report/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", info: "info" };
function formatGitlab(report, options) {
  const seen = /* @__PURE__ */ new Map();
  const issues = report.findings.filter((finding) => !finding.waived).map((finding) => {
    const path = repositoryPath(finding.file, options.pathPrefix);
    const base = fingerprint(finding, path);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return {
      type: "issue",
      description: finding.message,
      check_name: finding.ruleId,
      fingerprint: occurrence === 0 ? base : fingerprint({ ...finding, path: `${finding.path ?? ""}#${occurrence}` }, path),
      severity: SEVERITY[finding.severity],
      // GitLab needs a line: a finding about a whole file (line 0) points at its first line.
      location: { path, lines: { begin: Math.max(1, finding.line), end: Math.max(1, finding.line, finding.endLine) } }
    };
  });
  return `${JSON.stringify(issues, null, 2)}
`;
}

// src/report/junit.ts
function formatJunit(report, options) {
  const byFile = new Map([...options.sources.keys()].map((file) => [file, []]));
  for (const finding of report.findings) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  const files = [...byFile.keys()].sort((a2, b2) => a2 < b2 ? -1 : a2 > b2 ? 1 : 0);
  const suites = files.map((file) => suite(repositoryPath(file, options.pathPrefix), byFile.get(file)));
  const tests = suites.reduce((sum, entry) => sum + entry.tests, 0);
  const failures = suites.reduce((sum, entry) => sum + entry.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" timestamp="${attribute(report.now)}">`,
    ...suites.map((entry) => entry.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
function suite(file, findings) {
  const cases = findings.length === 0 ? [`    <testcase name="${TOOL_NAME} validate" classname="${attribute(file)}"/>`] : findings.map((finding) => testCase(file, finding));
  const failures = findings.filter((finding) => !finding.waived).length;
  const skipped = findings.length - failures;
  return {
    tests: cases.length,
    failures,
    xml: [`  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`, ...cases, "  </testsuite>"].join("\n")
  };
}
function testCase(file, finding) {
  const where2 = `${file}:${finding.line}:${finding.column}`;
  const open2 = `    <testcase name="${attribute(`${finding.ruleId} at ${where2}`)}" classname="${attribute(file)}" file="${attribute(file)}" line="${finding.line}">`;
  const body = finding.waived && finding.waiver ? `      <skipped message="${attribute(`waived (${finding.waiver.source}): ${finding.waiver.reason}`)}"/>` : `      <failure message="${attribute(finding.message)}" type="${finding.severity}">${text(`${where2}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`)}</failure>`;
  return [open2, body, "    </testcase>"].join("\n");
}
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function text(value) {
  return value.replace(NOT_XML, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attribute(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/gantt.ts
var GANTT_MAX_TOKENS = 50;
function expiryGantt(tokens, findings, now) {
  const shown = tokens.slice(0, GANTT_MAX_TOKENS);
  const today = now.slice(0, 10);
  const sections = /* @__PURE__ */ new Map();
  for (const token of shown) {
    const lines = sections.get(token.organization) ?? [];
    sections.set(token.organization, lines);
    const name = mermaidText(`${token.id} ${ARTIFACT_KIND_NAMES[token.kind]}`);
    const expiry = token.expiresAt.slice(0, 10);
    const level = expiryLevel(token, findings);
    if (Date.parse(token.expiresAt) <= Date.parse(now)) lines.push(`    ${name} (expired) :crit, milestone, ${expiry}, 0d`);
    else lines.push(`    ${name} :${level ? `${level}, ` : ""}${today}, ${expiry}`);
  }
  const body = [...sections].flatMap(([organization2, lines]) => [`    section ${mermaidText(organization2)}`, ...lines]);
  return ["```mermaid", "gantt", "    title Upcoming expiries", "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m-%d", ...body, "```"].join("\n");
}
function expiryLevel(token, findings) {
  const reported = findings.filter((finding) => finding.ruleId === "token-expiry" && !finding.waived && finding.file === token.file && finding.line === token.line);
  if (reported.some((finding) => finding.severity === "error")) return "crit";
  if (reported.some((finding) => finding.severity === "warning")) return "active";
  return void 0;
}
function mermaidText(text2) {
  return text2.replace(/[^A-Za-z0-9 ._@/-]/g, " ").replace(/\s+/g, " ").trim() || "-";
}

// src/report/markdown.ts
var MAX_FINDING_ROWS = 200;
var MAX_TOKEN_ROWS = 200;
var SEVERITY_CELL = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function formatMarkdown(report, options) {
  const parts = ["## abm-gitops", "", countsLine(report.summary, report.now)];
  const capNote = hiddenNote(options.hiddenAnnotations);
  if (capNote) parts.push("", capNote);
  if (report.findings.length > 0) parts.push("", "### Findings", "", findingsTable(report.findings, options));
  if (report.online) parts.push("", onlineMarkdown(report.online));
  parts.push("", "### Tokens", "");
  if (report.tokens.length === 0) {
    parts.push("No tokens or certificates with an expiry are declared.");
  } else {
    parts.push(tokensTable2(report.tokens, report.now, options), "", "### Upcoming expiries", "", expiryGantt(report.tokens, report.findings, report.now));
  }
  return `${parts.join("\n")}
`;
}
function countsLine(summary, now) {
  const scope = `${plural2(summary.files, "file")}, ${plural2(summary.organizations, "organization")}`;
  const counts = [
    summary.errors > 0 ? `**${plural2(summary.errors, "error")}**` : "",
    summary.warnings > 0 ? plural2(summary.warnings, "warning") : "",
    summary.infos > 0 ? plural2(summary.infos, "info") : "",
    summary.waived > 0 ? `${summary.waived} waived` : ""
  ].filter(Boolean);
  const asOf = `as of ${now.slice(0, 10)}`;
  if (counts.length === 0) return `\u2705 No problems in ${scope}, ${asOf}.`;
  const mark = summary.errors > 0 ? "\u274C" : summary.warnings > 0 ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  return `${mark} ${counts.join(", ")} in ${scope}, ${asOf}.`;
}
function hiddenNote(hidden) {
  if (!hidden) return void 0;
  const parts = [
    hidden.error > 0 ? plural2(hidden.error, "more error") : "",
    hidden.warning > 0 ? plural2(hidden.warning, "more warning") : "",
    hidden.notice > 0 ? plural2(hidden.notice, "more notice") : ""
  ].filter(Boolean);
  if (parts.length === 0) return void 0;
  return `> GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the table below also lists the ${parts.join(", ")} it does not show.`;
}
function findingsTable(findings, options) {
  const rows = findings.slice(0, MAX_FINDING_ROWS).map((finding) => {
    const severity = finding.waived ? "\u{1F4A4} waived" : SEVERITY_CELL[finding.severity];
    const rule = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)})`;
    const message = finding.waived ? `${escapeMarkdownMessage(finding.message)} (waived: ${escapeMarkdown(finding.waiver?.reason ?? "")})` : escapeMarkdownMessage(finding.message);
    return `| ${severity} | ${rule} | ${location2(finding.file, finding.line, finding.column, options)} | ${message} |`;
  });
  const more = findings.length - rows.length;
  const table = ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |", ...rows].join("\n");
  return more > 0 ? `${table}

\u2026and ${plural2(more, "more finding")} (see the SARIF or JSON output).` : table;
}
function tokensTable2(tokens, now, options) {
  const rows = tokens.slice(0, MAX_TOKEN_ROWS).map((token) => {
    const expired = Date.parse(token.expiresAt) <= Date.parse(now);
    const daysLeft2 = expired ? `${token.daysLeft} (expired)` : String(token.daysLeft);
    const cells = [
      formatExpiry(token.expiresAt),
      daysLeft2,
      escapeMarkdown(token.organization),
      ARTIFACT_KIND_NAMES[token.kind],
      escapeMarkdown(token.id),
      token.source,
      location2(token.file, token.line, token.column, options)
    ];
    return `| ${cells.join(" | ")} |`;
  });
  const more = tokens.length - rows.length;
  const table = ["| Expires | Days left | Organization | Kind | Id | Source | Declared at |", "| --- | ---: | --- | --- | --- | --- | --- |", ...rows].join("\n");
  return more > 0 ? `${table}

\u2026and ${plural2(more, "more token")}.` : table;
}
function location2(file, line, column, options) {
  const path = repositoryPath(file, options.pathPrefix);
  const text2 = escapeMarkdown(`${path}:${line}:${column}`);
  const url = options.links ? lineUrl(options.links, path, Math.max(1, line)) : void 0;
  return url ? `[${text2}](${url})` : text2;
}
function formatExpiry(iso) {
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/code-frame.ts
var MAX_SHOWN_CHARACTERS = 160;
function shownLength(column) {
  return Math.max(MAX_SHOWN_CHARACTERS, column + 40);
}
function shortened(line, column) {
  const keep = shownLength(column);
  return line.length > keep ? `${line.slice(0, keep)}\u2026` : line;
}
function codeFrame(text2, region, colors, context = 1) {
  const lines = text2.split(/\r?\n/);
  const first = Math.max(1, region.line - context);
  const last = Math.min(lines.length, region.line + context);
  const width = String(last).length;
  const out = [];
  for (let number = first; number <= last; number++) {
    const line = shortened(escapeControlCharacters(maskSourceLine((lines[number - 1] ?? "").replace(/\t/g, " "), shownLength(region.column))), region.column);
    const marker = number === region.line ? colors.red(">") : " ";
    out.push(`  ${marker} ${colors.dim(`${String(number).padStart(width)} |`)} ${line}`);
    if (number === region.line) {
      const end = region.endLine === region.line ? region.endColumn : line.length + 1;
      const length = Math.max(1, Math.min(end, line.length + 1) - region.column);
      out.push(`    ${colors.dim(`${" ".repeat(width)} |`)} ${" ".repeat(region.column - 1)}${colors.red("^".repeat(length))}`);
    }
  }
  return out.join("\n");
}

// src/report/colors.ts
var wrap = (open2, close) => (text2) => `\x1B[${open2}m${text2}\x1B[${close}m`;
function palette(enabled) {
  if (!enabled) {
    const plain2 = (text2) => text2;
    return { red: plain2, yellow: plain2, blue: plain2, green: plain2, dim: plain2, bold: plain2, underline: plain2 };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

// src/report/text.ts
function formatText(report, options) {
  const colors = palette(options.color);
  const shown = report.findings.filter((finding) => !options.quiet || finding.severity === "error" && !finding.waived);
  const secretFiles = new Set(report.findings.filter((finding) => finding.ruleId === "committed-secret").map((finding) => finding.file));
  const blocks = [];
  let currentFile;
  let block = [];
  for (const finding of shown) {
    if (finding.file !== currentFile) {
      if (block.length > 0) blocks.push(block.join("\n").trimEnd());
      block = [];
      currentFile = finding.file;
    }
    block.push(findingLine(finding, colors));
    const source = options.sources?.get(finding.file);
    if (!options.quiet && finding.severity === "error" && !finding.waived && source) {
      block.push(secretFiles.has(finding.file) ? `    ${colors.dim("(no code frame: this file holds a secret)")}
` : `${codeFrame(source, finding, colors)}
`);
    }
  }
  if (block.length > 0) blocks.push(block.join("\n").trimEnd());
  if (report.online) blocks.push(onlineText(report.online));
  blocks.push(closingLine2(report, colors));
  return `${blocks.join("\n\n")}
`;
}
function findingLine(finding, colors) {
  const at2 = `${escapeControlCharacters(finding.file)}:${finding.line}:${finding.column}`;
  const message = escapeControlCharacters(finding.message);
  if (finding.waived) {
    return colors.dim(`${at2}  waived   ${message}  ${finding.ruleId}  (${escapeControlCharacters(finding.waiver?.reason ?? "")})`);
  }
  const severity = { error: colors.red("error  "), warning: colors.yellow("warning"), info: colors.blue("info   ") }[finding.severity];
  return `${colors.underline(at2)}  ${severity}  ${message}  ${colors.dim(finding.ruleId)}`;
}
function closingLine2(report, colors) {
  const { summary } = report;
  const where2 = report.root === "." ? "" : ` of ${escapeControlCharacters(report.root)}`;
  const scope = `${plural3(summary.files, "file")}, ${plural3(summary.organizations, "organization")}${where2}`;
  const counts = [
    summary.errors > 0 ? colors.red(plural3(summary.errors, "error")) : "",
    summary.warnings > 0 ? colors.yellow(plural3(summary.warnings, "warning")) : "",
    summary.infos > 0 ? colors.blue(plural3(summary.infos, "info")) : "",
    summary.waived > 0 ? colors.dim(`${summary.waived} waived`) : ""
  ].filter(Boolean);
  if (counts.length === 0) return colors.green(`\u2714 No problems in ${scope}.`);
  const mark = summary.errors > 0 ? colors.red("\u2716") : summary.warnings > 0 ? colors.yellow("\u26A0") : colors.green("\u2714");
  return `${mark} ${counts.join(", ")} in ${scope}.`;
}
function plural3(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// node_modules/ical-generator/dist/index.mjs
var e = (function(e3) {
  return e3.DAILY = `DAILY`, e3.HOURLY = `HOURLY`, e3.MINUTELY = `MINUTELY`, e3.MONTHLY = `MONTHLY`, e3.SECONDLY = `SECONDLY`, e3.WEEKLY = `WEEKLY`, e3.YEARLY = `YEARLY`, e3;
})({});
var t = (function(e3) {
  return e3.AUTOMATIC = `AUTOMATIC`, e3.DISABLED = `DISABLED`, e3.ENABLED = `ENABLED`, e3;
})({});
var n = (function(e3) {
  return e3.BICYCLE = `BICYCLE`, e3.CAR = `CAR`, e3.TRANSIT = `TRANSIT`, e3.WALKING = `WALKING`, e3;
})({});
var r = (function(e3) {
  return e3.FR = `FR`, e3.MO = `MO`, e3.SA = `SA`, e3.SU = `SU`, e3.TH = `TH`, e3.TU = `TU`, e3.WE = `WE`, e3;
})({});
function i(e3, t2, n2) {
  if (Array.isArray(t2)) e3.x = t2.map((e4) => {
    if (Array.isArray(e4)) return e4;
    if (typeof e4.key != `string` || typeof e4.value != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.key.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4.key, e4.value];
  });
  else if (typeof t2 == `object`) e3.x = Object.entries(t2).map(([e4, t3]) => {
    if (typeof e4 != `string` || typeof t3 != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4, t3];
  });
  else if (typeof t2 == `string` && typeof n2 == `string`) {
    if (t2.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    e3.x.push([t2, n2]);
  } else return e3.x.map((e4) => ({ key: e4[0], value: e4[1] }));
}
function a(e3, t2) {
  if (e3 instanceof Date && isNaN(e3.getTime()) || typeof e3 == `string` && isNaN(new Date(e3).getTime())) throw Error(`\`${t2}\` has to be a valid date!`);
  if (e3 instanceof Date || typeof e3 == `string` || typeof e3 == `object` && e3 && (C(e3) || S(e3) || x(e3) || b(e3)) || m(e3) && e3.isValid === true || (h(e3) || p(e3)) && e3.isValid()) return e3;
  throw Error(`\`${t2}\` has to be a valid date!`);
}
function o(e3, t2) {
  let n2 = Object.values(e3), r2 = String(t2).toUpperCase();
  if (!r2 || !n2.includes(r2)) throw Error(`Input must be one of the following: ${n2.join(`, `)}`);
  return r2;
}
function s(e3, t2) {
  let n2 = null;
  if (typeof t2 == `string`) {
    let e4 = t2.match(/^(.+) ?<([^>]+)>$/);
    e4 ? n2 = { email: e4[2].trim(), name: e4[1].trim() } : t2.includes(`@`) && (n2 = { email: t2.trim(), name: t2.trim() });
  } else typeof t2 == `object` && (n2 = { email: t2.email, mailto: t2.mailto, name: t2.name, sentBy: t2.sentBy });
  if (!n2 && typeof t2 == `string`) throw Error("`" + e3 + "` isn't formated correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2) throw Error("`" + e3 + "` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2.name) throw Error("`" + e3 + ".name` is empty!");
  if (!n2.email) throw Error("`" + e3 + ".email` is empty!");
  return n2;
}
function c(e3, t2) {
  return String(e3).replace(t2 ? /[\\"]/g : /[\\;,]/g, function(e4) {
    return `\\` + e4;
  }).replace(/(?:\r\n|\r|\n)/g, `\\n`);
}
function l(e3) {
  return e3.split(`\r
`).map(function(e4) {
    let t2 = ``, n2 = 0;
    for (let r2 = 0; r2 < e4.length; r2++) {
      let i2 = e4.charAt(r2);
      i2 >= `\uD800` && i2 <= `\uDBFF` && (i2 += e4.charAt(++r2));
      let a2 = new TextEncoder().encode(i2).length;
      n2 += a2, n2 > 74 && (t2 += `\r
 `, n2 = a2), t2 += i2;
    }
    return t2;
  }).join(`\r
`);
}
function u(e3, t2, n2, r2) {
  if (e3?.startsWith(`/`) && (e3 = e3.substr(1)), typeof t2 == `string` || t2 instanceof Date) {
    let i2 = w(t2) ? t2.withTimeZone(e3) : new Date(t2), a2 = i2.getUTCFullYear().toString().padStart(4, `0`) + String(i2.getUTCMonth() + 1).padStart(2, `0`) + i2.getUTCDate().toString().padStart(2, `0`);
    return e3 && (a2 = i2.getFullYear().toString().padStart(2, `0`) + String(i2.getMonth() + 1).padStart(2, `0`) + i2.getDate().toString().padStart(2, `0`)), n2 ? a2 : e3 ? (a2 += `T` + i2.getHours().toString().padStart(2, `0`) + i2.getMinutes().toString().padStart(2, `0`) + i2.getSeconds().toString().padStart(2, `0`), a2) : (a2 += `T` + i2.getUTCHours().toString().padStart(2, `0`) + i2.getUTCMinutes().toString().padStart(2, `0`) + i2.getUTCSeconds().toString().padStart(2, `0`) + (r2 ? `` : `Z`), a2);
  } else if (h(t2)) {
    let i2 = e3 ? _(t2) && !t2.tz() ? t2.clone().tz(e3) : t2 : r2 || n2 && _(t2) && t2.tz() ? t2 : t2.utc();
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (m(t2)) {
    let i2 = e3 ? t2.setZone(e3) : r2 || n2 && t2.zone.type !== `system` ? t2 : t2.setZone(`utc`);
    return i2.toFormat(`yyyyLLdd`) + (n2 ? `` : `T` + i2.toFormat(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (C(t2)) {
    let i2 = t2;
    return e3 && (i2 = t2.withTimeZone(t2.timeZoneId)), !e3 && t2.timeZoneId !== `UTC` && (i2 = t2.withTimeZone(`UTC`)), u(null, i2.toPlainDateTime(), n2, r2 || !!e3);
  } else if (S(t2)) {
    if (n2) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`);
    if (e3) {
      let i2 = t2.toZonedDateTime(e3);
      return u(e3, i2, n2, r2);
    }
    return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + `T` + t2.hour.toString().padStart(2, `0`) + t2.minute.toString().padStart(2, `0`) + t2.second.toString().padStart(2, `0`) + (r2 || e3 ? `` : `Z`);
  } else if (x(t2)) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + (n2 ? `` : `T000000` + (r2 || e3 ? `` : `Z`));
  else if (b(t2)) {
    let i2 = e3 || `UTC`, a2 = t2.toZonedDateTimeISO(i2);
    return u(e3, a2, n2, r2);
  } else {
    let i2 = t2;
    if (e3) i2 = typeof t2.tz == `function` ? t2.tz(e3) : t2;
    else if (!r2) if (typeof t2.utc == `function`) i2 = t2.utc();
    else throw Error(`Unable to convert dayjs object to UTC value: UTC plugin is not available!`);
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  }
}
function d(e3, t2, n2, r2) {
  let i2 = ``, a2 = r2?.floating || false;
  return r2?.timezone && (i2 = `;TZID=` + r2.timezone, a2 = true), t2 + i2 + `:` + u(e3, n2, false, a2);
}
function f(e3) {
  let t2 = e3.x.map(([e4, t3]) => e4.toUpperCase() + `:` + c(t3, false)).join(`\r
`);
  return t2.length ? t2 + `\r
` : ``;
}
function p(e3) {
  return typeof e3 == `object` && !!e3 && !(e3 instanceof Date) && !h(e3) && !m(e3) && !y(e3);
}
function m(e3) {
  return typeof e3 == `object` && !!e3 && `toJSDate` in e3 && typeof e3.toJSDate == `function` && !y(e3);
}
function h(e3) {
  return e3 != null && e3._isAMomentObject != null && !y(e3);
}
function g(e3) {
  return typeof e3 == `object` && !!e3 && `asSeconds` in e3 && typeof e3.asSeconds == `function`;
}
function _(e3) {
  return h(e3) && `tz` in e3 && typeof e3.tz == `function`;
}
function v(e3) {
  return typeof e3 == `object` && !!e3 && `between` in e3 && typeof e3.between == `function` && typeof e3.toString == `function`;
}
function y(e3) {
  return C(e3) || S(e3) || x(e3) || b(e3);
}
function b(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && !x(e3) && `toZonedDateTimeISO` in e3 && typeof e3.toZonedDateTimeISO == `function` && !(`year` in e3) && !(`timeZoneId` in e3);
}
function x(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && !(`hour` in e3) && !(`timeZoneId` in e3) && !(`epochSeconds` in e3);
}
function S(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && `toZonedDateTime` in e3 && typeof e3.toZonedDateTime == `function` && `toPlainDate` in e3 && typeof e3.toPlainDate == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number` && !(`timeZone` in e3);
}
function C(e3) {
  return typeof e3 == `object` && !!e3 && `timeZoneId` in e3 && typeof e3.timeZoneId == `string` && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number`;
}
function w(e3) {
  return e3 instanceof Date && `internal` in e3 && e3.internal instanceof Date && `withTimeZone` in e3 && typeof e3.withTimeZone == `function` && `tzComponents` in e3 && typeof e3.tzComponents == `function`;
}
function T(e3) {
  if (typeof e3 == `string` || e3 instanceof Date) return new Date(e3);
  if (C(e3)) {
    let t2 = e3.toInstant();
    return new Date(t2.epochMilliseconds);
  }
  return S(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day, e3.hour, e3.minute, e3.second)) : x(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day)) : b(e3) ? new Date(e3.epochMilliseconds) : m(e3) ? e3.toJSDate() : e3.toDate();
}
function E(e3) {
  let t2 = ``;
  return e3 < 0 && (t2 = `-`, e3 *= -1), t2 += `P`, e3 >= 86400 && (t2 += Math.floor(e3 / 86400) + `D`, e3 %= 86400), !e3 && t2.length > 1 ? t2 : (t2 += `T`, e3 >= 3600 && (t2 += Math.floor(e3 / 3600) + `H`, e3 %= 3600), e3 >= 60 && (t2 += Math.floor(e3 / 60) + `M`, e3 %= 60), e3 > 0 ? t2 += e3 + `S` : t2.length <= 2 && (t2 += `0S`), t2);
}
function D(e3) {
  return e3 ? typeof e3 == `string` ? e3 : C(e3) ? D(e3.withTimeZone(`UTC`).toPlainDateTime()) : (y(e3), e3.toJSON()) : null;
}
var O = (function(e3) {
  return e3.CHAIR = `CHAIR`, e3.NON = `NON-PARTICIPANT`, e3.OPT = `OPT-PARTICIPANT`, e3.REQ = `REQ-PARTICIPANT`, e3;
})({});
var k = (function(e3) {
  return e3.CLIENT = `CLIENT`, e3.NONE = `NONE`, e3.SERVER = `SERVER`, e3;
})({});
var A = (function(e3) {
  return e3.ACCEPTED = `ACCEPTED`, e3.DECLINED = `DECLINED`, e3.DELEGATED = `DELEGATED`, e3.NEEDSACTION = `NEEDS-ACTION`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var j = (function(e3) {
  return e3.GROUP = `GROUP`, e3.INDIVIDUAL = `INDIVIDUAL`, e3.RESOURCE = `RESOURCE`, e3.ROOM = `ROOM`, e3.UNKNOWN = `UNKNOWN`, e3;
})({});
var M = class e2 {
  data;
  parent;
  constructor(e3, t2) {
    if (this.data = { delegatedFrom: null, delegatedTo: null, email: ``, mailto: null, name: null, role: O.REQ, rsvp: null, scheduleAgent: null, sentBy: null, status: null, type: null, x: [] }, this.parent = t2, !this.parent) throw Error("`event` option required!");
    if (!e3.email) throw Error("No value for `email` in ICalAttendee given!");
    e3.name !== void 0 && this.name(e3.name), e3.email !== void 0 && this.email(e3.email), e3.mailto !== void 0 && this.mailto(e3.mailto), e3.sentBy !== void 0 && this.sentBy(e3.sentBy), e3.status !== void 0 && this.status(e3.status), e3.role !== void 0 && this.role(e3.role), e3.rsvp !== void 0 && this.rsvp(e3.rsvp), e3.type !== void 0 && this.type(e3.type), e3.delegatedTo !== void 0 && this.delegatedTo(e3.delegatedTo), e3.delegatedFrom !== void 0 && this.delegatedFrom(e3.delegatedFrom), e3.delegatesTo && this.delegatesTo(e3.delegatesTo), e3.delegatesFrom && this.delegatesFrom(e3.delegatesFrom), e3.scheduleAgent !== void 0 && this.scheduleAgent(e3.scheduleAgent), e3.x !== void 0 && this.x(e3.x);
  }
  delegatedFrom(t2) {
    return t2 === void 0 ? this.data.delegatedFrom : (t2 ? typeof t2 == `string` ? this.data.delegatedFrom = new e2(s(`delegatedFrom`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedFrom = t2 : this.data.delegatedFrom = new e2(t2, this.parent) : this.data.delegatedFrom = null, this);
  }
  delegatedTo(t2) {
    return t2 === void 0 ? this.data.delegatedTo : t2 ? (typeof t2 == `string` ? this.data.delegatedTo = new e2(s(`delegatedTo`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedTo = t2 : this.data.delegatedTo = new e2(t2, this.parent), this.data.status = A.DELEGATED, this) : (this.data.delegatedTo = null, this.data.status === A.DELEGATED && (this.data.status = null), this);
  }
  delegatesFrom(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedFrom(n2), n2.delegatedTo(this), n2;
  }
  delegatesTo(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedTo(n2), n2.delegatedFrom(this), n2;
  }
  email(e3) {
    return e3 ? (this.data.email = e3, this) : this.data.email;
  }
  mailto(e3) {
    return e3 === void 0 ? this.data.mailto : (this.data.mailto = e3 || null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 || null, this);
  }
  role(e3) {
    return e3 === void 0 ? this.data.role : (this.data.role = o(O, e3), this);
  }
  rsvp(e3) {
    return e3 === void 0 ? this.data.rsvp : e3 === null ? (this.data.rsvp = null, this) : (this.data.rsvp = !!e3, this);
  }
  scheduleAgent(e3) {
    return e3 === void 0 ? this.data.scheduleAgent : e3 ? typeof e3 == `string` && e3.toUpperCase().startsWith(`X-`) ? (this.data.scheduleAgent = e3, this) : (this.data.scheduleAgent = o(k, e3), this) : (this.data.scheduleAgent = null, this);
  }
  sentBy(e3) {
    return e3 ? (this.data.sentBy = e3, this) : this.data.sentBy;
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 ? (this.data.status = o(A, e3), this) : (this.data.status = null, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { delegatedFrom: this.data.delegatedFrom?.email() || null, delegatedTo: this.data.delegatedTo?.email() || null, x: this.x() });
  }
  toString() {
    let e3 = `ATTENDEE`;
    if (!this.data.email) throw Error("No value for `email` in ICalAttendee given!");
    return e3 += `;ROLE=` + this.data.role, this.data.type && (e3 += `;CUTYPE=` + this.data.type), this.data.status && (e3 += `;PARTSTAT=` + this.data.status), this.data.rsvp !== null && (e3 += `;RSVP=` + this.data.rsvp.toString().toUpperCase()), this.data.sentBy !== null && (e3 += `;SENT-BY="mailto:` + this.data.sentBy + `"`), this.data.delegatedTo && (e3 += `;DELEGATED-TO="` + this.data.delegatedTo.email() + `"`), this.data.delegatedFrom && (e3 += `;DELEGATED-FROM="` + this.data.delegatedFrom.email() + `"`), this.data.name && (e3 += `;CN="` + c(this.data.name, true) + `"`), this.data.email && this.data.mailto && (e3 += `;EMAIL=` + c(this.data.email, false)), this.data.scheduleAgent && (e3 += `;SCHEDULE-AGENT=` + this.data.scheduleAgent), this.data.x.length && (e3 += `;` + this.data.x.map(([e4, t2]) => e4.toUpperCase() + `=` + c(t2, false)).join(`;`)), e3 += `:MAILTO:` + c(this.data.mailto || this.data.email, false) + `\r
`, e3;
  }
  type(e3) {
    return e3 === void 0 ? this.data.type : e3 ? (this.data.type = o(j, e3), this) : (this.data.type = null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var N = (function(e3) {
  return e3.audio = `audio`, e3.display = `display`, e3.email = `email`, e3;
})({});
var P = { end: `END`, start: `START` };
var F = class {
  data;
  event;
  constructor(e3, t2) {
    if (this.data = { attach: null, attendees: [], description: null, interval: null, relatesTo: null, repeat: null, summary: null, trigger: -600, type: N.display, x: [] }, this.event = t2, !t2) throw Error("`event` option required!");
    e3.type !== void 0 && this.type(e3.type), `trigger` in e3 && e3.trigger !== void 0 && this.trigger(e3.trigger), `triggerBefore` in e3 && e3.triggerBefore !== void 0 && this.triggerBefore(e3.triggerBefore), `triggerAfter` in e3 && e3.triggerAfter !== void 0 && this.triggerAfter(e3.triggerAfter), e3.repeat && this.repeat(e3.repeat), e3.attach !== void 0 && this.attach(e3.attach), e3.description !== void 0 && this.description(e3.description), e3.summary !== void 0 && this.summary(e3.summary), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.x !== void 0 && this.x(e3.x);
  }
  attach(e3) {
    if (e3 === void 0) return this.data.attach;
    if (!e3) return this.data.attach = null, this;
    let t2;
    if (typeof e3 == `string`) t2 = { mime: null, uri: e3 };
    else if (typeof e3 == `object`) t2 = { mime: e3.mime || null, uri: e3.uri };
    else throw Error("`attachment` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalAlarm.html#attach");
    if (!t2.uri) throw Error("`attach.uri` is empty!");
    return this.data.attach = { mime: t2.mime, uri: t2.uri }, this;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 ? (this.data.description = e3, this) : (this.data.description = null, this);
  }
  relatesTo(e3) {
    if (e3 === void 0) return this.data.relatesTo;
    if (!e3) return this.data.relatesTo = null, this;
    if (!Object.values(P).includes(e3)) throw Error("`relatesTo` is not correct, must be either `START` or `END`!");
    return this.data.relatesTo = e3, this;
  }
  repeat(e3) {
    if (e3 === void 0) return this.data.repeat;
    if (!e3) return this.data.repeat = null, this;
    if (typeof e3 != `object`) throw Error("`repeat` is not correct, must be an object!");
    if (typeof e3.times != `number` || !isFinite(e3.times)) throw Error("`repeat.times` is not correct, must be numeric!");
    if (typeof e3.interval != `number` || !isFinite(e3.interval)) throw Error("`repeat.interval` is not correct, must be numeric!");
    return this.data.repeat = e3, this;
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : e3 ? (this.data.summary = e3, this) : (this.data.summary = null, this);
  }
  toJSON() {
    let e3 = this.trigger();
    return Object.assign({}, this.data, { trigger: typeof e3 == `number` ? e3 : D(e3), x: this.x() });
  }
  toString() {
    let e3 = `BEGIN:VALARM\r
`;
    if (e3 += `ACTION:` + this.data.type.toUpperCase() + `\r
`, typeof this.data.trigger == `number` && this.data.relatesTo === null ? this.data.trigger > 0 ? e3 += `TRIGGER;RELATED=END:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER:` + E(this.data.trigger) + `\r
` : typeof this.data.trigger == `number` ? e3 += `TRIGGER;RELATED=` + this.data.relatesTo?.toUpperCase() + `:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER;VALUE=DATE-TIME:` + u(this.event.timezone(), this.data.trigger) + `\r
`, this.data.repeat) {
      if (!this.data.repeat.times) throw Error("No value for `repeat.times` in ICalAlarm given, but required for `interval`!");
      if (!this.data.repeat.interval) throw Error("No value for `repeat.interval` in ICalAlarm given, but required for `repeat`!");
      e3 += `REPEAT:` + this.data.repeat.times + `\r
`, e3 += `DURATION:` + E(this.data.repeat.interval) + `\r
`;
    }
    return this.data.type === `audio` && this.data.attach && this.data.attach.mime ? e3 += `ATTACH;FMTTYPE=` + c(this.data.attach.mime, false) + `:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && this.data.attach ? e3 += `ATTACH;VALUE=URI:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && (e3 += `ATTACH;VALUE=URI:Basso\r
`), this.data.type !== `audio` && this.data.description ? e3 += `DESCRIPTION:` + c(this.data.description, false) + `\r
` : this.data.type !== `audio` && (e3 += `DESCRIPTION:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.summary ? e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
` : this.data.type === `email` && (e3 += `SUMMARY:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.attendees.forEach((t2) => {
      e3 += t2.toString();
    }), e3 += f(this.data), e3 += `END:VALARM\r
`, e3;
  }
  trigger(e3) {
    if (e3 === void 0 && typeof this.data.trigger == `number`) return -1 * this.data.trigger;
    if (e3 === void 0) return this.data.trigger;
    if (typeof e3 == `number` && isFinite(e3)) this.data.trigger = -1 * e3;
    else if (!e3 || typeof e3 == `number`) throw Error("`trigger` is not correct, must be a finite number or a supported date!");
    else this.data.trigger = a(e3, `trigger`);
    return this;
  }
  triggerAfter(e3) {
    return e3 === void 0 ? this.data.trigger : this.trigger(typeof e3 == `number` ? -1 * e3 : e3);
  }
  triggerBefore(e3) {
    return e3 === void 0 ? this.trigger() : this.trigger(e3);
  }
  type(e3) {
    if (e3 === void 0) return this.data.type;
    if (!e3 || !Object.keys(N).includes(e3)) throw Error("`type` is not correct, must be either `display` or `audio`!");
    return this.data.type = e3, this;
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var I = class {
  data;
  constructor(e3) {
    if (this.data = { name: `` }, !e3.name) throw Error("No value for `name` in ICalCategory given!");
    this.name(e3.name);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data);
  }
  toString() {
    return c(this.data.name, false);
  }
};
var L = (function(e3) {
  return e3.BUSY = `BUSY`, e3.FREE = `FREE`, e3.OOF = `OOF`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var R = (function(e3) {
  return e3.CONFIDENTIAL = `CONFIDENTIAL`, e3.PRIVATE = `PRIVATE`, e3.PUBLIC = `PUBLIC`, e3;
})({});
var z = (function(e3) {
  return e3.CANCELLED = `CANCELLED`, e3.CONFIRMED = `CONFIRMED`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var B = (function(e3) {
  return e3.OPAQUE = `OPAQUE`, e3.TRANSPARENT = `TRANSPARENT`, e3;
})({});
var V = class {
  calendar;
  data;
  constructor(e3, t2) {
    if (this.data = { alarms: [], allDay: false, attachments: [], attendees: [], busystatus: null, categories: [], class: null, created: null, description: null, end: null, floating: false, id: crypto.randomUUID(), lastModified: null, location: null, organizer: null, priority: null, recurrenceId: null, repeating: null, sequence: 0, stamp: /* @__PURE__ */ new Date(), start: /* @__PURE__ */ new Date(), status: null, summary: ``, timezone: null, transparency: null, travelTime: null, url: null, x: [] }, this.calendar = t2, !t2) throw Error("`calendar` option required!");
    e3.id && this.id(e3.id), e3.sequence !== void 0 && this.sequence(e3.sequence), e3.start && this.start(e3.start), e3.end !== void 0 && this.end(e3.end), e3.recurrenceId !== void 0 && this.recurrenceId(e3.recurrenceId), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.stamp !== void 0 && this.stamp(e3.stamp), e3.allDay !== void 0 && this.allDay(e3.allDay), e3.floating !== void 0 && this.floating(e3.floating), e3.repeating !== void 0 && this.repeating(e3.repeating), e3.summary !== void 0 && this.summary(e3.summary), e3.location !== void 0 && this.location(e3.location), e3.description !== void 0 && this.description(e3.description), e3.organizer !== void 0 && this.organizer(e3.organizer), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.alarms !== void 0 && this.alarms(e3.alarms), e3.categories !== void 0 && this.categories(e3.categories), e3.status !== void 0 && this.status(e3.status), e3.busystatus !== void 0 && this.busystatus(e3.busystatus), e3.priority !== void 0 && this.priority(e3.priority), e3.url !== void 0 && this.url(e3.url), e3.attachments !== void 0 && this.attachments(e3.attachments), e3.transparency !== void 0 && this.transparency(e3.transparency), e3.travelTime !== void 0 && this.travelTime(e3.travelTime), e3.created !== void 0 && this.created(e3.created), e3.lastModified !== void 0 && this.lastModified(e3.lastModified), e3.class !== void 0 && this.class(e3.class), e3.x !== void 0 && this.x(e3.x);
  }
  alarms(e3) {
    return e3 ? (e3.forEach((e4) => this.createAlarm(e4)), this) : this.data.alarms;
  }
  allDay(e3) {
    return e3 === void 0 ? this.data.allDay : (this.data.allDay = !!e3, this);
  }
  attachments(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttachment(e4)), this) : this.data.attachments;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  busystatus(e3) {
    return e3 === void 0 ? this.data.busystatus : e3 === null ? (this.data.busystatus = null, this) : (this.data.busystatus = o(L, e3), this);
  }
  categories(e3) {
    return e3 ? (e3.forEach((e4) => this.createCategory(e4)), this) : this.data.categories;
  }
  class(e3) {
    return e3 === void 0 ? this.data.class : e3 === null ? (this.data.class = null, this) : (this.data.class = o(R, e3), this);
  }
  createAlarm(e3) {
    let t2 = e3 instanceof F ? e3 : new F(e3, this);
    return this.data.alarms.push(t2), t2;
  }
  createAttachment(e3) {
    return this.data.attachments.push(e3), this;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  createCategory(e3) {
    let t2 = e3 instanceof I ? e3 : new I(e3);
    return this.data.categories.push(t2), t2;
  }
  created(e3) {
    return e3 === void 0 ? this.data.created : e3 === null ? (this.data.created = null, this) : (this.data.created = a(e3, `created`), this);
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 === null ? (this.data.description = null, this) : (typeof e3 == `string` ? this.data.description = { plain: e3 } : this.data.description = e3, this);
  }
  end(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.end) : e3 === null ? (this.data.end = null, this) : (this.data.end = a(e3, `end`), this);
  }
  floating(e3) {
    return e3 === void 0 ? this.data.floating : (this.data.floating = !!e3, this.data.floating && (this.data.timezone = null), this);
  }
  id(e3) {
    return e3 === void 0 ? this.data.id : (this.data.id = String(e3), this);
  }
  lastModified(e3) {
    return e3 === void 0 ? this.data.lastModified : e3 === null ? (this.data.lastModified = null, this) : (this.data.lastModified = a(e3, `lastModified`), this);
  }
  location(e3) {
    if (e3 === void 0) return this.data.location;
    if (typeof e3 == `string`) return this.data.location = { title: e3 }, this;
    if (e3 && (`title` in e3 && !e3.title || e3?.geo && (typeof e3.geo.lat != `number` || !isFinite(e3.geo.lat) || typeof e3.geo.lon != `number` || !isFinite(e3.geo.lon)) || !(`title` in e3) && !e3?.geo)) throw Error("`location` isn't formatted correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalEvent.html#location");
    return this.data.location = e3 || null, this;
  }
  organizer(e3) {
    return e3 === void 0 ? this.data.organizer : e3 === null ? (this.data.organizer = null, this) : (this.data.organizer = s(`organizer`, e3), this);
  }
  priority(e3) {
    if (e3 === void 0) return this.data.priority;
    if (e3 === null) return this.data.priority = null, this;
    if (e3 < 0 || e3 > 9) throw Error("`priority` is invalid, musst be 0 \u2264 priority \u2264 9.");
    return this.data.priority = Math.round(e3), this;
  }
  recurrenceId(e3) {
    return e3 === void 0 ? this.data.recurrenceId : e3 === null ? (this.data.recurrenceId = null, this) : (this.data.recurrenceId = a(e3, `recurrenceId`), this);
  }
  repeating(t2) {
    if (t2 === void 0) return this.data.repeating;
    if (!t2) return this.data.repeating = null, this;
    if (v(t2) || typeof t2 == `string`) return this.data.repeating = t2, this;
    if (this.data.repeating = { freq: o(e, t2.freq) }, t2.count) {
      if (!isFinite(t2.count)) throw Error("`repeating.count` must be a finite number!");
      this.data.repeating.count = t2.count;
    }
    if (t2.interval) {
      if (!isFinite(t2.interval)) throw Error("`repeating.interval` must be a finite number!");
      this.data.repeating.interval = t2.interval;
    }
    if (t2.until !== void 0 && (this.data.repeating.until = a(t2.until, `repeating.until`)), t2.byDay) {
      let e3 = Array.isArray(t2.byDay) ? t2.byDay : [t2.byDay];
      this.data.repeating.byDay = e3.map((e4) => o(r, e4));
    }
    if (t2.byMonth) {
      let e3 = Array.isArray(t2.byMonth) ? t2.byMonth : [t2.byMonth];
      this.data.repeating.byMonth = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < 1 || e4 > 12) throw Error("`repeating.byMonth` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.byMonthDay) {
      let e3 = Array.isArray(t2.byMonthDay) ? t2.byMonthDay : [t2.byMonthDay];
      this.data.repeating.byMonthDay = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -31 || e4 > 31 || e4 === 0) throw Error("`repeating.byMonthDay` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.bySetPos) {
      if (!this.data.repeating.byDay) throw "`repeating.bySetPos` must be used along with `repeating.byDay`!";
      let e3 = Array.isArray(t2.bySetPos) ? t2.bySetPos : [t2.bySetPos];
      this.data.repeating.bySetPos = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -366 || e4 > 366 || e4 === 0) throw "`repeating.bySetPos` contains invalid value `" + e4 + "`!";
        return e4;
      });
    }
    if (t2.exclude) {
      let e3 = Array.isArray(t2.exclude) ? t2.exclude : [t2.exclude];
      this.data.repeating.exclude = e3.map((e4, t3) => a(e4, `repeating.exclude[${t3}]`));
    }
    return t2.startOfWeek && (this.data.repeating.startOfWeek = o(r, t2.startOfWeek)), this;
  }
  sequence(e3) {
    if (e3 === void 0) return this.data.sequence;
    if (isNaN(parseInt(String(e3), 10))) throw Error("`sequence` must be a number!");
    return this.data.sequence = e3, this;
  }
  stamp(e3) {
    return e3 === void 0 ? this.data.stamp : (this.data.stamp = a(e3, `stamp`), this);
  }
  start(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.start) : (this.data.start = a(e3, `start`), this);
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 === null ? (this.data.status = null, this) : (this.data.status = o(z, e3), this);
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : (this.data.summary = e3 ? String(e3) : ``, this);
  }
  timestamp(e3) {
    return e3 === void 0 ? this.stamp() : this.stamp(e3);
  }
  timezone(e3) {
    return e3 === void 0 && this.data.timezone !== null ? this.data.timezone : e3 === void 0 ? this.calendar.timezone() : (this.data.timezone = e3 && e3 !== `UTC` ? e3.toString() : null, this.data.timezone && (this.data.floating = false), this);
  }
  toJSON() {
    let e3 = null;
    return v(this.data.repeating) || typeof this.data.repeating == `string` ? e3 = this.data.repeating.toString() : this.data.repeating && (e3 = Object.assign({}, this.data.repeating, { exclude: this.data.repeating.exclude?.map((e4) => D(e4)), until: D(this.data.repeating.until) || void 0 })), this.swapStartAndEndIfRequired(), Object.assign({}, this.data, { created: D(this.data.created) || null, end: D(this.data.end) || null, lastModified: D(this.data.lastModified) || null, recurrenceId: D(this.data.recurrenceId) || null, repeating: e3, stamp: D(this.data.stamp) || null, start: D(this.data.start) || null, x: this.x() });
  }
  toString() {
    let e3 = ``;
    if (e3 += `BEGIN:VEVENT\r
`, e3 += `UID:` + this.data.id + `\r
`, e3 += `SEQUENCE:` + this.data.sequence + `\r
`, this.swapStartAndEndIfRequired(), e3 += `DTSTAMP:` + u(this.calendar.timezone(), this.data.stamp) + `\r
`, this.data.allDay ? (e3 += `DTSTART;VALUE=DATE:` + u(this.timezone(), this.data.start, true) + `\r
`, this.data.end && (e3 += `DTEND;VALUE=DATE:` + u(this.timezone(), this.data.end, true) + `\r
`), e3 += `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r
`, e3 += `X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r
`) : (e3 += d(this.timezone(), `DTSTART`, this.data.start, this.data) + `\r
`, this.data.end && (e3 += d(this.timezone(), `DTEND`, this.data.end, this.data) + `\r
`)), v(this.data.repeating) || typeof this.data.repeating == `string`) {
      let t2 = this.data.repeating.toString().replace(/\r\n/g, `
`).split(`
`).filter((e4) => e4 && !e4.startsWith(`DTSTART:`)).join(`\r
`);
      !t2.includes(`\r
`) && !t2.startsWith(`RRULE:`) && (t2 = `RRULE:` + t2), e3 += t2.trim() + `\r
`;
    } else this.data.repeating && (e3 += `RRULE:FREQ=` + this.data.repeating.freq, this.data.repeating.count && (e3 += `;COUNT=` + this.data.repeating.count), this.data.repeating.interval && (e3 += `;INTERVAL=` + this.data.repeating.interval), this.data.repeating.until && (e3 += `;UNTIL=` + u(this.calendar.timezone(), this.data.repeating.until, false, this.floating())), this.data.repeating.byDay && (e3 += `;BYDAY=` + this.data.repeating.byDay.join(`,`)), this.data.repeating.byMonth && (e3 += `;BYMONTH=` + this.data.repeating.byMonth.join(`,`)), this.data.repeating.byMonthDay && (e3 += `;BYMONTHDAY=` + this.data.repeating.byMonthDay.join(`,`)), this.data.repeating.bySetPos && (e3 += `;BYSETPOS=` + this.data.repeating.bySetPos.join(`,`)), this.data.repeating.startOfWeek && (e3 += `;WKST=` + this.data.repeating.startOfWeek), e3 += `\r
`, this.data.repeating.exclude && (this.data.allDay ? e3 += `EXDATE;VALUE=DATE:` + this.data.repeating.exclude.map((e4) => u(this.calendar.timezone(), e4, true)).join(`,`) + `\r
` : (e3 += `EXDATE`, this.timezone() ? e3 += `;TZID=` + this.timezone() + `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, true)).join(`,`) + `\r
` : e3 += `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, this.floating())).join(`,`) + `\r
`)));
    if (this.data.recurrenceId && (e3 += d(this.timezone(), `RECURRENCE-ID`, this.data.recurrenceId, this.data) + `\r
`), e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
`, this.data.transparency && (e3 += `TRANSP:` + c(this.data.transparency, false) + `\r
`), this.data.location && `title` in this.data.location && this.data.location.title && (e3 += `LOCATION:` + c(this.data.location.title + (this.data.location.address ? `
` + this.data.location.address : ``), false) + `\r
`, this.data.location.radius && this.data.location.geo && (e3 += `X-APPLE-STRUCTURED-LOCATION;VALUE=URI;` + (this.data.location.address ? `X-ADDRESS=` + c(this.data.location.address, false) + `;` : ``) + `X-APPLE-RADIUS=` + c(this.data.location.radius, false) + `;X-TITLE=` + c(this.data.location.title, false) + `:geo:` + c(this.data.location.geo?.lat, false) + `,` + c(this.data.location.geo?.lon, false) + `\r
`)), this.data.location?.geo?.lat && this.data.location.geo.lon && (e3 += `GEO:` + c(this.data.location.geo.lat, false) + `;` + c(this.data.location.geo.lon, false) + `\r
`), this.data.travelTime && (e3 += `X-APPLE-TRAVEL-DURATION;VALUE=DURATION:` + E(this.data.travelTime.seconds) + `\r
`, this.data.location && (this.data.travelTime.suggestionBehavior && (e3 += `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:` + this.data.travelTime.suggestionBehavior + `\r
`), this.data.travelTime.startFrom))) {
      e3 += `X-APPLE-TRAVEL-START;`;
      let t2 = [];
      t2.push(`ROUTING=` + this.data.travelTime.startFrom.transportation), t2.push(`VALUE=URI`), `address` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.address && t2.push(`X-ADDRESS=` + c(this.data.travelTime.startFrom.location.address, false)), `radius` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.radius && t2.push(`X-APPLE-RADIUS=` + c(this.data.travelTime.startFrom.location.radius, false)), `title` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.title && t2.push(`X-TITLE=` + c(this.data.travelTime.startFrom.location.title, false)), e3 += t2.join(`;`), `geo` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.geo && (e3 += `:geo:` + c(this.data.travelTime.startFrom.location.geo?.lat, false) + `,` + c(this.data.travelTime.startFrom.location.geo?.lon, false)), e3 += `\r
`;
    }
    return this.data.description && (e3 += `DESCRIPTION:` + c(this.data.description.plain, false) + `\r
`, this.data.description.html && (e3 += `X-ALT-DESC;FMTTYPE=text/html:` + c(this.data.description.html, false) + `\r
`)), this.data.organizer && (e3 += `ORGANIZER;CN="` + c(this.data.organizer.name, true) + `"`, this.data.organizer.sentBy && (e3 += `;SENT-BY="mailto:` + c(this.data.organizer.sentBy, true) + `"`), this.data.organizer.email && this.data.organizer.mailto && (e3 += `;EMAIL=` + c(this.data.organizer.email, false)), e3 += `:`, this.data.organizer.email && (e3 += `mailto:` + c(this.data.organizer.mailto || this.data.organizer.email, false)), e3 += `\r
`), this.data.attendees.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.alarms.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.categories.length > 0 && (e3 += `CATEGORIES:` + this.data.categories.map((e4) => e4.toString()).join() + `\r
`), this.data.url && (e3 += `URL;VALUE=URI:` + c(this.data.url, false) + `\r
`), this.data.attachments.length > 0 && this.data.attachments.forEach((t2) => {
      e3 += `ATTACH:` + c(t2, false) + `\r
`;
    }), this.data.status && (e3 += `STATUS:` + this.data.status.toUpperCase() + `\r
`), this.data.busystatus && (e3 += `X-MICROSOFT-CDO-BUSYSTATUS:` + this.data.busystatus.toUpperCase() + `\r
`), this.data.priority !== null && (e3 += `PRIORITY:` + this.data.priority + `\r
`), e3 += f(this.data), this.data.created && (e3 += `CREATED:` + u(this.calendar.timezone(), this.data.created) + `\r
`), this.data.lastModified && (e3 += `LAST-MODIFIED:` + u(this.calendar.timezone(), this.data.lastModified) + `\r
`), this.data.class && (e3 += `CLASS:` + this.data.class.toUpperCase() + `\r
`), e3 += `END:VEVENT\r
`, e3;
  }
  transparency(e3) {
    return e3 === void 0 ? this.data.transparency : e3 ? (this.data.transparency = o(B, e3), this) : (this.data.transparency = null, this);
  }
  travelTime(e3) {
    if (e3 === void 0) return this.data.travelTime;
    if (typeof e3 == `number` && e3 <= 0) throw Error("`travelTime` has to be more than 0!");
    if (e3 && typeof e3 == `object` && `seconds` in e3 && e3.seconds <= 0) throw Error("`travelTime.seconds` has to be more than 0!");
    return typeof e3 == `number` ? (this.data.travelTime = { seconds: e3 }, this) : (this.data.travelTime = e3, this);
  }
  uid(e3) {
    return e3 === void 0 ? this.id() : this.id(e3);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 ? String(e3) : null, this);
  }
  x(e3, t2) {
    return e3 === void 0 ? i(this.data) : (typeof e3 == `string` && typeof t2 == `string` && i(this.data, e3, t2), typeof e3 == `object` && i(this.data, e3), this);
  }
  swapStartAndEndIfRequired() {
    if (this.data.start && this.data.end && T(this.data.start).getTime() > T(this.data.end).getTime()) {
      let e3 = this.data.start;
      this.data.start = this.data.end, this.data.end = e3;
    }
  }
};
var H = (function(e3) {
  return e3.ADD = `ADD`, e3.CANCEL = `CANCEL`, e3.COUNTER = `COUNTER`, e3.DECLINECOUNTER = `DECLINECOUNTER`, e3.PUBLISH = `PUBLISH`, e3.REFRESH = `REFRESH`, e3.REPLY = `REPLY`, e3.REQUEST = `REQUEST`, e3;
})({});
var U = class {
  data;
  constructor(e3 = {}) {
    this.data = { color: null, description: null, events: [], method: null, name: null, prodId: `//sebbo.net//ical-generator//EN`, scale: null, source: null, timezone: null, ttl: null, url: null, x: [] }, e3.prodId !== void 0 && this.prodId(e3.prodId), e3.method !== void 0 && this.method(e3.method), e3.name !== void 0 && this.name(e3.name), e3.description !== void 0 && this.description(e3.description), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.source !== void 0 && this.source(e3.source), e3.url !== void 0 && this.url(e3.url), e3.scale !== void 0 && this.scale(e3.scale), e3.ttl !== void 0 && this.ttl(e3.ttl), e3.color !== void 0 && this.color(e3.color), e3.events !== void 0 && this.events(e3.events), e3.x !== void 0 && this.x(e3.x);
  }
  clear() {
    return this.data.events = [], this;
  }
  color(e3) {
    if (e3 === void 0) return this.data.color;
    if (typeof e3 == `string` && !/^#[A-F0-9]{6}$/gi.test(e3)) throw Error("`color` is malformed!");
    return this.data.color = e3 ? String(e3).toUpperCase() : null, this;
  }
  createEvent(e3) {
    let t2 = e3 instanceof V ? e3 : new V(e3, this);
    return this.data.events.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : (this.data.description = e3 ? String(e3) : null, this);
  }
  events(e3) {
    return e3 ? (e3.forEach((e4) => this.createEvent(e4)), this) : this.data.events;
  }
  length() {
    return this.data.events.length;
  }
  method(e3) {
    return e3 === void 0 ? this.data.method : e3 ? (this.data.method = o(H, e3), this) : (this.data.method = null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 ? String(e3) : null, this);
  }
  prodId(e3) {
    if (!e3) return this.data.prodId;
    if (typeof e3 == `string`) return this.data.prodId = e3, this;
    if (typeof e3 != `object`) throw Error("`prodid` needs to be a string or an object!");
    if (!e3.company) throw Error("`prodid.company` is a mandatory item!");
    if (!e3.product) throw Error("`prodid.product` is a mandatory item!");
    let t2 = (e3.language || `EN`).toUpperCase();
    return this.data.prodId = `//` + e3.company + `//` + e3.product + `//` + t2, this;
  }
  scale(e3) {
    return e3 === void 0 ? this.data.scale : (e3 === null ? this.data.scale = null : this.data.scale = e3.toUpperCase(), this);
  }
  source(e3) {
    return e3 === void 0 ? this.data.source : (this.data.source = e3 || null, this);
  }
  timezone(e3) {
    return e3 === void 0 ? this.data.timezone?.name || null : (e3 === `UTC` ? this.data.timezone = null : typeof e3 == `string` ? this.data.timezone = { name: e3 } : e3 === null ? this.data.timezone = null : this.data.timezone = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { events: this.data.events.map((e3) => e3.toJSON()), timezone: this.timezone(), x: this.x() });
  }
  toString() {
    let e3 = ``;
    return e3 = `BEGIN:VCALENDAR\r
VERSION:2.0\r
`, e3 += `PRODID:-` + this.data.prodId + `\r
`, this.data.url && (e3 += `URL:` + this.data.url + `\r
`), this.data.source && (e3 += `SOURCE;VALUE=URI:` + this.data.source + `\r
`), this.data.scale && (e3 += `CALSCALE:` + this.data.scale + `\r
`), this.data.method && (e3 += `METHOD:` + this.data.method + `\r
`), this.data.name && (e3 += `NAME:` + this.data.name + `\r
`, e3 += `X-WR-CALNAME:` + this.data.name + `\r
`), this.data.description && (e3 += `X-WR-CALDESC:` + this.data.description + `\r
`), this.data.timezone?.generator && [.../* @__PURE__ */ new Set([this.timezone(), ...this.data.events.map((e4) => e4.timezone())])].filter((e4) => e4 !== null && !e4.startsWith(`/`)).forEach((t2) => {
      if (!this.data.timezone?.generator) return;
      let n2 = this.data.timezone.generator(t2);
      n2 && (e3 += n2.replace(/\r\n/g, `
`).replace(/\n/g, `\r
`).trim() + `\r
`);
    }), this.data.timezone?.name && (e3 += `TIMEZONE-ID:` + this.data.timezone.name + `\r
`, e3 += `X-WR-TIMEZONE:` + this.data.timezone.name + `\r
`), this.data.ttl && (e3 += `REFRESH-INTERVAL;VALUE=DURATION:` + E(this.data.ttl) + `\r
`, e3 += `X-PUBLISHED-TTL:` + E(this.data.ttl) + `\r
`), this.data.color && (e3 += `X-APPLE-CALENDAR-COLOR:` + this.data.color + `\r
`), this.data.events.forEach((t2) => e3 += t2.toString()), e3 += f(this.data), e3 += `END:VCALENDAR`, l(e3);
  }
  ttl(e3) {
    return e3 === void 0 ? this.data.ttl : (g(e3) ? this.data.ttl = e3.asSeconds() : e3 && e3 > 0 ? this.data.ttl = e3 : this.data.ttl = null, this);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 || null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
function W(e3) {
  return new U(e3);
}

// src/report/calendar.ts
function calendarUid(organization2, kind, id) {
  return `${organization2}/${kind}/${id}@abm-gitops`;
}
function formatCalendar(events, options) {
  const calendar = W({
    name: options.name ?? "abm-gitops token expiry",
    prodId: { company: "abm-gitops", product: "abm-gitops", language: "EN" },
    // Subscribed calendars poll: once a day is enough for dates weeks ahead.
    ttl: DAY_MS / 1e3
  });
  for (const event of events) {
    const entry = calendar.createEvent({
      id: event.uid,
      start: /* @__PURE__ */ new Date(`${event.day}T00:00:00Z`),
      allDay: true,
      stamp: options.now,
      summary: plain(event.summary),
      description: plain(event.description)
    });
    for (const beforeMs of [...new Set(event.alarmsBeforeMs)].sort((a2, b2) => b2 - a2)) {
      entry.createAlarm({ type: N.display, trigger: Math.round(beforeMs / 1e3), description: plain(event.summary) });
    }
  }
  return `${calendar.toString()}\r
`;
}
function plain(text2) {
  return maskPrefixedTokens(text2).replace(/\r\n?|\u2028|\u2029/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ").replace(/::/g, ":\u200B:");
}

// src/report/index.ts
var OUTPUT_FORMATS = ["text", "json", "sarif", "github", "markdown", "html", "junit", "gitlab"];
var FORMATTERS = {
  text: formatText,
  json: (report) => formatJson(report),
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
  gitlab: formatGitlab
};
function formatReport(format, report, options) {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new Error(`no formatter for ${format}`);
  return formatter(report, options);
}
function formatReportChunks(format, report, options) {
  return format === "json" ? jsonReportChunks(report) : [formatReport(format, report, options)];
}

export {
  FAIL_ON_CHOICES,
  repositoryPrefix,
  require_dist,
  escapeControlCharacters,
  firstLineOf,
  compareText,
  CONFIG_FILE_NAMES,
  discoverYamlFiles,
  exactly,
  releaseSyntax,
  textsByPath,
  regionOf,
  pinRegions,
  DEFAULT_LIMITS,
  valueFromJson,
  readGuardedFile,
  loadRepository,
  startLoading,
  loadFile,
  recordFile,
  releasedFile,
  gitWorkTreeAbove,
  repositoryOfFiles,
  YamlEditError,
  editYaml,
  parseDocument,
  describePath,
  BUILT_IN_ROLES,
  PRODUCT_NAMES,
  applyLiveState,
  realExpiry,
  nameKey,
  roleIdForAppleName,
  onlineSummary,
  entryPath,
  childPath,
  FirstById,
  DeclaredIds,
  ModelArtifact,
  DOWNLOAD_PERMISSIONS,
  accountMayDownload,
  ARTIFACT_KIND_NAMES,
  kindLabel,
  artifactLabel,
  parseInstant,
  parseNow,
  daysBetween,
  formatDay,
  recipientMatchesCertificate,
  toBuffer,
  sha256Hex,
  decodeBase64Strict,
  WRONG_KEY_REASON,
  readServerToken,
  decryptServerToken,
  decryptServerTokenCredentials,
  readDecryptedServerToken,
  parseAppleDate,
  readContentToken,
  PASSPHRASE_NEEDED_REASON,
  WRONG_PASSPHRASE_REASON,
  readCertificate,
  holdsPushCertificate,
  containsContentToken,
  detectArtifact,
  describeKind,
  DEFAULT_COMMON_NAME,
  generateKeyPair,
  organization_schema_default,
  config_schema_default,
  maskPrefixedTokens,
  shownError,
  didYouMean,
  checkSchema,
  inlineWaivers,
  rememberInlineWaivers,
  APPLE_APIS,
  APPLE_API_NAMES,
  RULES,
  RULE_METAS,
  findRule,
  runRules,
  RuleRun,
  failsAt,
  findPackageRoot,
  readRulePage,
  defaultConfig,
  readConfig,
  configFailure,
  STATUS_WORDS,
  withStatus,
  escapeMarkdown,
  formatTokensText,
  formatTokensJsonChunks,
  formatTokensCsv,
  reportViews,
  formatJsonError,
  calendarUid,
  formatCalendar,
  OUTPUT_FORMATS,
  formatReportChunks
};
