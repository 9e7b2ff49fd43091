from kipmon.demo.heldout import main

raise SystemExit(main())
