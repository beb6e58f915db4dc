"""Records and enumerations as a compiler laid them out, read from the DWARF
of an object file (pyelftools), in the layout manifest's format.

Used by `xenabi contract-from-headers` (manifests of real header trees) and
by the DWARF oracle test; it does not use the generator's layout engine.
"""
import os


def _name(die):
    a = die.attributes.get("DW_AT_name")
    return a.value.decode() if a else None


def _type(die):
    return die.get_DIE_from_attribute("DW_AT_type") if "DW_AT_type" in die.attributes else None


def _size(t, ptr):
    while t is not None:
        if "DW_AT_byte_size" in t.attributes:
            return t.attributes["DW_AT_byte_size"].value
        if t.tag == "DW_TAG_pointer_type":
            return ptr                       # clang leaves the size out of pointer types
        if t.tag == "DW_TAG_array_type":
            return _count(t) * (_size(_type(t), ptr) or 0)
        t = _type(t)
    return None


def _count(array):
    n = 1
    for c in array.iter_children():
        if c.tag == "DW_TAG_subrange_type":
            if "DW_AT_count" in c.attributes:
                n *= c.attributes["DW_AT_count"].value
            elif "DW_AT_upper_bound" in c.attributes:
                n *= c.attributes["DW_AT_upper_bound"].value + 1
            else:
                n = 0                        # a flexible array member
    return n


def type_name(t):
    """A C spelling of a DWARF type: typedef, struct/union/enum tag, base
    type, pointers and arrays; qualifiers left out."""
    if t is None:
        return "void"
    tag = t.tag
    if tag in ("DW_TAG_const_type", "DW_TAG_volatile_type", "DW_TAG_restrict_type", "DW_TAG_atomic_type"):
        return type_name(_type(t))
    if tag == "DW_TAG_pointer_type":
        return type_name(_type(t)) + " *"
    if tag == "DW_TAG_array_type":
        n = _count(t)
        return f"{type_name(_type(t))}[{n if n else ''}]"
    kw = {"DW_TAG_structure_type": "struct ", "DW_TAG_union_type": "union ",
          "DW_TAG_enumeration_type": "enum "}.get(tag, "")
    name = _name(t)
    if name is None:
        return f"{kw}<anonymous>"
    return kw + name


def canonical_name(t):
    """type_name with every typedef followed: the type itself, whatever a
    header calls it (uint32_t and unsigned int are one type)."""
    while t is not None and t.tag in ("DW_TAG_typedef", "DW_TAG_const_type", "DW_TAG_volatile_type",
                                      "DW_TAG_restrict_type", "DW_TAG_atomic_type"):
        t = _type(t)
    if t is None:
        return "void"
    if t.tag == "DW_TAG_pointer_type":
        return canonical_name(_type(t)) + " *"
    if t.tag == "DW_TAG_array_type":
        n = _count(t)
        return f"{canonical_name(_type(t))}[{n if n else ''}]"
    return type_name(t)


def record(die, ptr):
    fields = []
    for m in die.iter_children():
        if m.tag != "DW_TAG_member":
            continue
        loc = m.attributes.get("DW_AT_data_member_location")
        off = loc.value if loc is not None and isinstance(loc.value, int) else 0
        t = _type(m)
        f = {"name": _name(m), "offset": off, "size": _size(t, ptr), "type": type_name(t),
             "ctype": canonical_name(t)}
        if "DW_AT_bit_size" in m.attributes:
            a = m.attributes
            f["bit_size"] = a["DW_AT_bit_size"].value
            if "DW_AT_data_bit_offset" in a:
                bitpos = a["DW_AT_data_bit_offset"].value
            else:                   # DWARF 2/3: counted from the storage unit's top bit (little-endian)
                bitpos = off * 8 + a["DW_AT_byte_size"].value * 8 - a["DW_AT_bit_offset"].value - f["bit_size"]
            f["bit_offset"] = bitpos
            f["offset"] = bitpos // 8 // f["size"] * f["size"]
        while t is not None and t.tag in ("DW_TAG_const_type", "DW_TAG_volatile_type", "DW_TAG_typedef") \
                and _name(t) is None:
            t = _type(t)
        if t is not None and t.tag in ("DW_TAG_structure_type", "DW_TAG_union_type") and _name(t) is None:
            f["anon"] = record(t, ptr)
        fields.append(f)
    kind = "struct" if die.tag == "DW_TAG_structure_type" else "union"
    return {"kind": kind, "size": die.attributes["DW_AT_byte_size"].value, "fields": fields}


def _decl_file(die, cu, files):
    """The path (as the compiler named it) of the file declaring die."""
    a = die.attributes.get("DW_AT_decl_file")
    if a is None:
        return None
    return files.get(a.value)


def _file_table(dw, cu):
    lp = dw.line_program_for_CU(cu)
    if lp is None:
        return {}
    dirs = [d.decode() if isinstance(d, bytes) else d for d in lp["include_directory"]]
    out = {}
    base = 0 if lp.header["version"] >= 5 else 1
    for i, fe in enumerate(lp["file_entry"]):
        name = fe.name.decode() if isinstance(fe.name, bytes) else fe.name
        d = fe.dir_index
        if lp.header["version"] < 5:
            d -= 1
        path = name if os.path.isabs(name) or d < 0 or d >= len(dirs) else os.path.join(dirs[d], name)
        out[i + base] = path
    return out


def read(obj):
    """({key: record}, {key: {"values": {name: value}}}) of an object file's
    named records, typedef'd anonymous records and enumerations, each with
    "decl_file" (the compiler's path of the declaring file)."""
    from elftools.elf.elffile import ELFFile
    records, enums = {}, {}
    with open(obj, "rb") as fh:
        dw = ELFFile(fh).get_dwarf_info()
        for cu in dw.iter_CUs():
            ptr = cu["address_size"]
            files = _file_table(dw, cu)
            for die in cu.get_top_DIE().iter_children():
                target, key = die, None
                if die.tag in ("DW_TAG_structure_type", "DW_TAG_union_type", "DW_TAG_enumeration_type"):
                    if _name(die):
                        key = type_name(die)
                elif die.tag == "DW_TAG_typedef":
                    t = _type(die)
                    if t is not None and t.tag in ("DW_TAG_structure_type", "DW_TAG_union_type",
                                                   "DW_TAG_enumeration_type") and _name(t) is None:
                        target, key = t, _name(die)
                if key is None or "DW_AT_byte_size" not in target.attributes:
                    continue
                if target.tag == "DW_TAG_enumeration_type":
                    values = {_name(c): c.attributes["DW_AT_const_value"].value
                              for c in target.iter_children() if c.tag == "DW_TAG_enumerator"}
                    enums[key] = {"values": values, "decl_file": _decl_file(target, cu, files)}
                else:
                    rec = record(target, ptr)
                    rec["decl_file"] = _decl_file(target, cu, files)
                    records[key] = rec
    return records, enums


def dwarf_records(obj):
    """The records of an object file (the oracle's view: no file names)."""
    records, _ = read(obj)
    for r in records.values():
        r.pop("decl_file", None)
    return records
