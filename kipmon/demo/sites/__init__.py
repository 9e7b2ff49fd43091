"""The pretend sites of Kabupaten Contoh, one module per site style; each module builds BodySpecs."""
